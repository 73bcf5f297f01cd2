import { listProducts } from '../db/products';
import type { ActionHandler } from './action';

/** `Data.List.ProductInfo[]` with the paging fields inside `Data`, as the cloud returns them. */
export const queryProductList: ActionHandler<'QueryProductList'> = (params, ctx) => {
  const paging = params.paging({ maxPageSize: 200, defaultPageSize: 10 });
  const { total, items } = listProducts(
    ctx.db,
    paging.offset,
    paging.size,
    params.optional('AliyunCommodityCode'),
  );
  return {
    Data: {
      CurrentPage: paging.page,
      PageSize: paging.size,
      PageCount: Math.ceil(total / paging.size),
      Total: total,
      List: { ProductInfo: items },
    },
  };
};
