import type { FastifyInstance } from 'fastify';
import fp from 'fastify-plugin';

import { CloudService } from '../cloud/cloud-service';
import { IotClient } from '../cloud/iot-client';
import type { UpstreamConfig } from '../config';

declare module 'fastify' {
  interface FastifyInstance {
    /** The one way to the IoT platform: typed reads and writes, paging, cache, device resolution. */
    cloud: CloudService;
  }
}

/** Decorates `app.cloud`, the cloud service over the one signed client (model: fastify/demo's repositories). */
export const cloudPlugin = fp(
  async (app: FastifyInstance, options: { upstream: UpstreamConfig }) => {
    const { upstream } = options;
    app.decorate(
      'cloud',
      new CloudService(new IotClient(upstream), {
        taskListing: upstream.taskListing,
        readCacheMs: upstream.readCacheMs,
      }),
    );
  },
  { name: 'cloud' },
);
