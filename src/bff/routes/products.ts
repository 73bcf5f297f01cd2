import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';

import { productListQuerySchema, productListSchema } from '../../shared/contract/products';

export const productRoutes: FastifyPluginAsyncZod = async (app) => {
  app.get(
    '/api/products',
    {
      config: { access: 'read' },
      schema: { querystring: productListQuerySchema, response: { 200: productListSchema } },
    },
    async (request) => app.cloud.products(request.query.page, request.query.pageSize, { request }),
  );
};
