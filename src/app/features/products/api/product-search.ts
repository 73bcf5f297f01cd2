import { integerParam } from '../../../lib/search-params';

/** The product list's URL state: the page (the contract's `productListQuerySchema.page`). */
export const productSearchShape = { page: integerParam(1, 10_000, 1) };
