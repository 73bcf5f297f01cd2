import { listFirmware, toSimpleFirmware } from '../db/firmware';
import { requireProduct } from '../db/products';
import type { ActionHandler } from './action';
import { pagingFields } from './params';

/** Paging fields at the top level and the list under `FirmwareInfo.SimpleFirmwareInfo` (not `Data`). */
export const listOtaFirmware: ActionHandler<'ListOTAFirmware'> = (params, ctx) => {
  const paging = params.paging({ maxPageSize: 100, defaultPageSize: 10 });
  const productKey = params.optional('ProductKey') === undefined ? undefined : params.productKey();
  if (productKey !== undefined) requireProduct(ctx.db, productKey);
  const { total, rows } = listFirmware(
    ctx.db,
    { productKey, destVersion: params.optional('DestVersion') },
    paging.offset,
    paging.size,
  );
  return {
    ...pagingFields(paging, total),
    FirmwareInfo: { SimpleFirmwareInfo: rows.map(toSimpleFirmware) },
  };
};
