import type { FastifyInstance } from 'fastify';
import fp from 'fastify-plugin';

import { apiErrorSchema } from '../../shared/contract/api-error';

/**
 * Every `/api` route documents the one error shape for 4xx and 5xx answers (unless it names its
 * own), so `/api/openapi.json` shows what a client can get back.
 */
export const apiContractPlugin = fp(async (app: FastifyInstance) => {
  app.addHook('onRoute', (route) => {
    if (!route.url.startsWith('/api/')) return;
    const schema = (route.schema ??= {}) as { response?: Record<string, unknown>; hide?: boolean };
    if (schema.hide) return;
    const response = (schema.response ??= {});
    response['4XX'] ??= apiErrorSchema;
    response['5XX'] ??= apiErrorSchema;
  });
});
