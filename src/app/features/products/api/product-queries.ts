import { keepPreviousData, queryOptions, useQuery } from '@tanstack/react-query';

import type { Product, ProductList, ProductListQuery } from '../../../../shared/contract/products';
import { api } from '../../../lib/api-client';

export const productKeys = {
  all: ['products'] as const,
  lists: () => [...productKeys.all, 'list'] as const,
  list: (params: ProductListQuery) => [...productKeys.lists(), params] as const,
  one: (productKey: string) => [...productKeys.all, 'one', productKey] as const,
};

export const productsQueryOptions = (params: ProductListQuery) =>
  queryOptions({
    queryKey: productKeys.list(params),
    queryFn: ({ signal }) =>
      api.get<ProductList>(`/products?page=${params.page}&pageSize=${params.pageSize}`, signal),
    placeholderData: keepPreviousData,
  });

export const useProducts = (params: ProductListQuery) => useQuery(productsQueryOptions(params));

/** One product by its key (its name for the product's pages); names rarely change. */
export const productQueryOptions = (productKey: string) =>
  queryOptions({
    queryKey: productKeys.one(productKey),
    queryFn: ({ signal }) =>
      api.get<Product>(`/products/${encodeURIComponent(productKey)}`, signal),
    staleTime: 10 * 60_000,
  });

export const useProduct = (productKey: string) =>
  useQuery({ ...productQueryOptions(productKey), enabled: productKey !== '' });
