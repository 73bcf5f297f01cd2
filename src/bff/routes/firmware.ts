import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';

import {
  firmwareListQuerySchema,
  firmwareListSchema,
  firmwareParamsSchema,
  upgradeJobListSchema,
} from '../../shared/contract/firmware';
import { productParamsSchema } from '../../shared/contract/products';

/**
 * A product's firmware and a firmware's jobs: the one firmware/job API of the console (the tasks
 * page and the report both read it). The cloud service reads every upstream page and keeps the
 * answer briefly, so the page here is cut from the whole list.
 */
export const firmwareRoutes: FastifyPluginAsyncZod = async (app) => {
  app.get(
    '/api/products/:productKey/firmware',
    {
      config: { access: 'read' },
      schema: {
        params: productParamsSchema,
        querystring: firmwareListQuerySchema,
        response: { 200: firmwareListSchema },
      },
    },
    async (request) => {
      const { page, pageSize } = request.query;
      const all = await app.cloud.firmware(request.params.productKey, { request });
      const start = (page - 1) * pageSize;
      return { items: all.slice(start, start + pageSize), total: all.length, page, pageSize };
    },
  );

  app.get(
    '/api/products/:productKey/firmware/:firmwareId/jobs',
    {
      config: { access: 'read' },
      schema: { params: firmwareParamsSchema, response: { 200: upgradeJobListSchema } },
    },
    async (request) => {
      const items = await app.cloud.jobs(request.params.firmwareId, { request });
      return { items, total: items.length };
    },
  );
};
