import { findModule, updateModule } from '../db/modules';
import { requireProduct } from '../db/products';
import { business } from '../rpc/errors';
import type { ActionHandler } from './action';
import { aliasParam, descParam } from './module-fields';

/** Changes alias and/or description only; the name never changes. */
export const updateOtaModule: ActionHandler<'UpdateOTAModule'> = (params, ctx) => {
  const product = requireProduct(ctx.db, params.productKey());
  const name = params.required('ModuleName');
  const alias = aliasParam(params);
  const desc = descParam(params);
  const row = findModule(ctx.db, product.product_key, name);
  if (!row) throw business.moduleNotFound(name);
  if (row.is_default) throw business.defaultModule();
  updateModule(ctx.db, row.id, alias ?? row.alias_name, desc ?? row.description, ctx.clock.now());
  return {};
};
