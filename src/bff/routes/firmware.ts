import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';

import {
  firmwareListQuerySchema,
  firmwareListSchema,
  firmwareParamsSchema,
  upgradeJobListSchema,
} from '../../shared/contract/firmware';
import { productParamsSchema } from '../../shared/contract/products';
import { toFirmwareList, toUpgradeJobList } from '../cloud/to-contract';

/** Jobs of one firmware are few; ListOTAJobByFirmware allows 200 per page. */
const JOB_PAGE_SIZE = 200;

/** Firmware and its jobs (upstream calls are paced by `app.iot`'s per-AccessKeyId limiter). */
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
      const { productKey } = request.params;
      const { page, pageSize } = request.query;
      const body = await app.iot.call(
        'ListOTAFirmware',
        { ProductKey: productKey, CurrentPage: page, PageSize: pageSize },
        { request },
      );
      const list = toFirmwareList(body);
      return {
        ...list,
        items: list.items.filter((f) => !f.productKey || f.productKey === productKey),
      };
    },
  );

  app.get(
    '/api/products/:productKey/firmware/:firmwareId/jobs',
    {
      config: { access: 'read' },
      schema: { params: firmwareParamsSchema, response: { 200: upgradeJobListSchema } },
    },
    async (request) => {
      const { firmwareId } = request.params;
      const body = await app.iot.call(
        'ListOTAJobByFirmware',
        { FirmwareId: firmwareId, CurrentPage: 1, PageSize: JOB_PAGE_SIZE },
        { request },
      );
      return toUpgradeJobList(body);
    },
  );
};
