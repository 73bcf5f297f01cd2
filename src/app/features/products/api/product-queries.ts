import { keepPreviousData, queryOptions, useQuery } from '@tanstack/react-query';

import type { ProductList, ProductListQuery } from '../../../../shared/contract/products';
import { api } from '../../../lib/api-client';

export const productKeys = {
  all: ['products'] as const,
  lists: () => [...productKeys.all, 'list'] as const,
  list: (params: ProductListQuery) => [...productKeys.lists(), params] as const,
};

export const productsQueryOptions = (params: ProductListQuery) =>
  queryOptions({
    queryKey: productKeys.list(params),
    queryFn: ({ signal }) =>
      api.get<ProductList>(`/products?page=${params.page}&pageSize=${params.pageSize}`, signal),
    placeholderData: keepPreviousData,
  });

export const useProducts = (params: ProductListQuery) => useQuery(productsQueryOptions(params));
