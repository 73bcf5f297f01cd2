import { MAX_CUSTOM_MODULES_PER_PRODUCT } from '../../shared/ota/module-rules';
import { countCustomModules, findModule, insertModule } from '../db/modules';
import { requireProduct } from '../db/products';
import { business } from '../rpc/errors';
import type { ActionHandler } from './action';
import { aliasParam, descParam, moduleNameParam } from './module-fields';

export const createOtaModule: ActionHandler<'CreateOTAModule'> = (params, ctx) => {
  const product = requireProduct(ctx.db, params.productKey());
  const name = moduleNameParam(params);
  const alias = aliasParam(params) ?? '';
  const desc = descParam(params) ?? '';
  if (findModule(ctx.db, product.product_key, name)) throw business.moduleExists(name);
  if (countCustomModules(ctx.db, product.product_key) >= MAX_CUSTOM_MODULES_PER_PRODUCT) {
    throw business.moduleLimit(MAX_CUSTOM_MODULES_PER_PRODUCT);
  }
  insertModule(ctx.db, product.product_key, name, alias, desc, ctx.clock.now());
  return {};
};
