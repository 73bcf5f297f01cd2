import Fastify from 'fastify';

import { DEMO_ACCESS_KEY_ID, DEMO_ACCESS_KEY_SECRET } from '../../src/bff/demo-defaults';
import { signedQuery } from '../lib/sign';

const keys = { accessKeyId: DEMO_ACCESS_KEY_ID, accessKeySecret: DEMO_ACCESS_KEY_SECRET };

/**
 * The fair floor for the BFF: a bare Fastify route that signs the same call with a fresh nonce
 * and forwards it with fetch (undici, keep-alive), answering the upstream body unchanged.
 * No session, no validation, no mapping, no logging.
 */
export async function startPassThrough(emulatorUrl: string): Promise<string> {
  const app = Fastify({ logger: false });
  app.get<{ Params: { productKey: string } }>(
    '/api/products/:productKey/modules',
    async (request, reply) => {
      const query = signedQuery(keys, 'ListOTAModuleByProduct', {
        ProductKey: request.params.productKey,
      });
      const upstream = await fetch(`${emulatorUrl}/?${query}`);
      const body = await upstream.text();
      return reply.status(upstream.status).type('application/json').send(body);
    },
  );
  await app.listen({ host: '127.0.0.1', port: 0 });
  const address = app.server.address();
  const port = typeof address === 'object' && address ? address.port : 0;
  return `http://127.0.0.1:${port}`;
}
