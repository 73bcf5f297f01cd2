import Fastify, { type FastifyError, type FastifyInstance } from 'fastify';

import type { EmulatorContext } from './context';
import { registerTestHooks } from './hooks/test-hooks';
import { REPORT_ERROR_CODES } from './report/envelope';
import { registerReportRoutes } from './report/routes';
import { registerRpcRoutes } from './rpc/handle-rpc';

export function buildServer(ctx: EmulatorContext, logger: boolean): FastifyInstance {
  const app = Fastify({ logger, bodyLimit: 1024 * 1024 });
  // Keep form bodies as text: the v1 verifier must decode them itself, and ACS3 hashes the raw bytes.
  app.addContentTypeParser(
    'application/x-www-form-urlencoded',
    { parseAs: 'string' },
    (_request, body, done) => {
      done(null, body);
    },
  );
  // Errors raised before a handler runs (bad JSON, bad hook bodies) still answer in each API's own shape.
  app.setErrorHandler((error: FastifyError, request, reply) => {
    const status = error.statusCode && error.statusCode < 500 ? error.statusCode : 500;
    if (request.url.startsWith('/prod/system') || request.url.startsWith('/system')) {
      return reply.code(200).send({
        code: REPORT_ERROR_CODES.badRequest,
        message: `Bad request: ${error.message}`,
        data: null,
      });
    }
    if (error.name === 'ZodError')
      return reply.code(400).send({ error: 'Bad hook body', detail: error.message });
    return reply.code(status).send({ error: error.message });
  });
  registerRpcRoutes(app, ctx);
  registerReportRoutes(app, ctx);
  registerTestHooks(app, ctx);
  return app;
}
