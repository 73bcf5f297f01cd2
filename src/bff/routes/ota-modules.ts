import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';

import { otaModuleListSchema } from '../../shared/contract/ota-modules';
import { productParamsSchema } from '../../shared/contract/products';
import { MAX_CUSTOM_MODULES_PER_PRODUCT } from '../../shared/ota/module-rules';
import { toOtaModules } from '../cloud/to-contract';

export const otaModuleRoutes: FastifyPluginAsyncZod = async (app) => {
  app.get(
    '/api/products/:productKey/modules',
    {
      config: { access: 'read' },
      schema: { params: productParamsSchema, response: { 200: otaModuleListSchema } },
    },
    async (request) => {
      const { productKey } = request.params;
      const body = await app.iot.call('ListOTAModuleByProduct', { ProductKey: productKey }, { request });
      const items = toOtaModules(body, productKey);
      return {
        items,
        customCount: items.filter((m) => !m.isDefault).length,
        customLimit: MAX_CUSTOM_MODULES_PER_PRODUCT,
      };
    },
  );
};
