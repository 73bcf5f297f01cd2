import { listModules, toModuleDto } from '../db/modules';
import { requireProduct } from '../db/products';
import type { ActionHandler } from './action';

/** `Data` is a plain array; the default module is listed first. */
export const listOtaModuleByProduct: ActionHandler<'ListOTAModuleByProduct'> = (params, ctx) => {
  const product = requireProduct(ctx.db, params.productKey());
  return { Data: listModules(ctx.db, product.product_key).map(toModuleDto) };
};
