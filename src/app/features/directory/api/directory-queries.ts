import { keepPreviousData, queryOptions, useQuery } from '@tanstack/react-query';

import type { DirectoryList } from '../../../../shared/contract/directory';
import { api } from '../../../lib/api-client';

export interface DirectoryListParams {
  q?: string;
  page: number;
  pageSize: number;
}

export const directoryKeys = {
  all: ['directory'] as const,
  lists: () => [...directoryKeys.all, 'list'] as const,
  list: (params: DirectoryListParams) => [...directoryKeys.lists(), params] as const,
};

function search(params: DirectoryListParams): string {
  const out = new URLSearchParams({ page: String(params.page), pageSize: String(params.pageSize) });
  if (params.q) out.set('q', params.q);
  return out.toString();
}

export const directoryQueryOptions = (params: DirectoryListParams) =>
  queryOptions({
    queryKey: directoryKeys.list(params),
    queryFn: ({ signal }) => api.get<DirectoryList>(`/directory?${search(params)}`, signal),
    placeholderData: keepPreviousData,
  });

export const useDirectory = (params: DirectoryListParams) =>
  useQuery(directoryQueryOptions(params));
