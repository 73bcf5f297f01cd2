import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';

import {
  firmwareListQuerySchema,
  firmwareListSchema,
  firmwareParamsSchema,
  upgradeJobListSchema,
} from '../../shared/contract/firmware';
import { productParamsSchema } from '../../shared/contract/products';
import { toFirmwareList, toUpgradeJobList } from '../cloud/to-contract';
import type { Pacer } from '../tasks/pacer';

/** Jobs of one firmware are few; ListOTAJobByFirmware allows 200 per page. */
const JOB_PAGE_SIZE = 200;

export interface FirmwareRoutesOptions {
  /** Shared with every other caller of the account's quota. */
  pacer: Pacer;
}

export const firmwareRoutes: FastifyPluginAsyncZod<FirmwareRoutesOptions> = async (
  app,
  { pacer },
) => {
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
      const body = await pacer.run(() =>
        app.iot.call(
          'ListOTAFirmware',
          { ProductKey: productKey, CurrentPage: page, PageSize: pageSize },
          { request },
        ),
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
      const body = await pacer.run(() =>
        app.iot.call(
          'ListOTAJobByFirmware',
          { FirmwareId: firmwareId, CurrentPage: 1, PageSize: JOB_PAGE_SIZE },
          { request },
        ),
      );
      return toUpgradeJobList(body);
    },
  );
};
