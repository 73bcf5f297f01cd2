import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';

import { productListQuerySchema, productListSchema } from '../../shared/contract/products';
import { toProductList } from '../cloud/to-contract';

export const productRoutes: FastifyPluginAsyncZod = async (app) => {
  app.get(
    '/api/products',
    {
      config: { access: 'read' },
      schema: { querystring: productListQuerySchema, response: { 200: productListSchema } },
    },
    async (request) => {
      const { page, pageSize } = request.query;
      const body = await app.iot.call(
        'QueryProductList',
        { CurrentPage: page, PageSize: pageSize },
        { request },
      );
      return toProductList(body);
    },
  );
};
