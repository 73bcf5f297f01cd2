import { integerParam } from '../../../lib/search-params';

/** The product list's URL state: the page (the contract's `productListQuerySchema.page`). */
export const productSearchShape = { page: integerParam(1, 10_000, 1) };

/** Products per page (the BFF's shell preloads the first page with it: page-data-preload.ts). */
export const PRODUCTS_PAGE_SIZE = 20;
