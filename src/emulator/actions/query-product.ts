import { countDevices, requireProduct, toProductInfo } from '../db/products';
import type { ActionHandler } from './action';

export const queryProduct: ActionHandler<'QueryProduct'> = (params, ctx) => {
  const row = requireProduct(ctx.db, params.productKey());
  return {
    Data: {
      ...toProductInfo(row, countDevices(ctx.db, row.product_key)),
      AliyunCommodityCode: row.commodity_code,
      Owner: true,
      ProductStatus: 'DEVELOPMENT_STATUS',
      ProtocolType: 'MQTT',
      NetType: 6,
      ValidateType: 1,
    },
  };
};
