import type { FastifyInstance } from 'fastify';
import fp from 'fastify-plugin';

import { IotClient } from '../cloud/iot-client';
import type { UpstreamConfig } from '../config';

declare module 'fastify' {
  interface FastifyInstance {
    iot: IotClient;
  }
}

/** Decorates `app.iot`: the one signed client to the IoT platform. */
export const cloudPlugin = fp(
  async (app: FastifyInstance, options: { upstream: UpstreamConfig }) => {
    app.decorate('iot', new IotClient(options.upstream));
  },
);
