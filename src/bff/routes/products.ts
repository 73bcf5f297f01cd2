import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';

import {
  productListQuerySchema,
  productListSchema,
  productParamsSchema,
  productSchema,
} from '../../shared/contract/products';

export const productRoutes: FastifyPluginAsyncZod = async (app) => {
  app.get(
    '/api/products',
    {
      config: { access: 'read' },
      schema: { querystring: productListQuerySchema, response: { 200: productListSchema } },
    },
    async (request) => app.cloud.products(request.query.page, request.query.pageSize, { request }),
  );

  // One product, for its name beside its key on the product's pages.
  app.get(
    '/api/products/:productKey',
    {
      config: { access: 'read' },
      schema: { params: productParamsSchema, response: { 200: productSchema } },
    },
    async (request) => app.cloud.product(request.params.productKey, { request }),
  );
};
