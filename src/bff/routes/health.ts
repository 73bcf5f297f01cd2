import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';

export const healthRoutes: FastifyPluginAsyncZod = async (app) => {
  app.get(
    '/api/healthz',
    { config: { access: 'public' }, schema: { response: { 200: z.object({ status: z.literal('ok') }) } } },
    async () => ({ status: 'ok' as const }),
  );

  app.get(
    '/api/readyz',
    {
      config: { access: 'public' },
      schema: { response: { 200: z.object({ status: z.literal('ready') }) } },
    },
    async (request) => {
      await app.iot.call('QueryProductList', { CurrentPage: 1, PageSize: 1 }, { request });
      return { status: 'ready' as const };
    },
  );
};
