import { deleteModule, findModule, moduleHasFirmware } from '../db/modules';
import { requireProduct } from '../db/products';
import { business } from '../rpc/errors';
import type { ActionHandler } from './action';

export const deleteOtaModule: ActionHandler<'DeleteOTAModule'> = (params, ctx) => {
  const product = requireProduct(ctx.db, params.productKey());
  const name = params.required('ModuleName');
  const row = findModule(ctx.db, product.product_key, name);
  if (!row) throw business.moduleNotFound(name);
  if (row.is_default) throw business.defaultModule();
  if (moduleHasFirmware(ctx.db, product.product_key, row.module_name))
    throw business.moduleHasFirmware(row.module_name);
  deleteModule(ctx.db, row.id);
  return {};
};
