import { keepPreviousData, queryOptions, useQuery } from '@tanstack/react-query';

import type { Product, ProductList, ProductListQuery } from '../../../../shared/contract/products';
import { api } from '../../../lib/api-client';
import { arrivedAnswer } from '../../../lib/early-answers';

export const productKeys = {
  all: ['products'] as const,
  lists: () => [...productKeys.all, 'list'] as const,
  list: (params: ProductListQuery) => [...productKeys.lists(), params] as const,
  one: (productKey: string) => [...productKeys.all, 'one', productKey] as const,
};

export const productsQueryOptions = (params: ProductListQuery) => {
  const path = `/products?page=${params.page}&pageSize=${params.pageSize}`;
  return queryOptions({
    queryKey: productKeys.list(params),
    queryFn: ({ signal }) => api.get<ProductList>(path, signal),
    // The shell preloads the first page (src/bff/static/page-data-preload.ts).
    initialData: () => arrivedAnswer<ProductList>(`/api${path}`),
    placeholderData: keepPreviousData,
  });
};

export const useProducts = (params: ProductListQuery) => useQuery(productsQueryOptions(params));

/** One product by its key (its name for the product's pages); names rarely change. */
export const productQueryOptions = (productKey: string) => {
  const path = `/products/${encodeURIComponent(productKey)}`;
  return queryOptions({
    queryKey: productKeys.one(productKey),
    queryFn: ({ signal }) => api.get<Product>(path, signal),
    initialData: () => arrivedAnswer<Product>(`/api${path}`),
    staleTime: 10 * 60_000,
  });
};

export const useProduct = (productKey: string) =>
  useQuery({ ...productQueryOptions(productKey), enabled: productKey !== '' });
