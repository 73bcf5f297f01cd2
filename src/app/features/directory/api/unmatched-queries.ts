import { keepPreviousData, queryOptions, useQuery } from '@tanstack/react-query';

import type {
  UnmatchedList,
  UnmatchedListQuery,
} from '../../../../shared/contract/directory-unmatched';
import { api } from '../../../lib/api-client';
import { directoryKeys } from './directory-queries';

/** Under the directory's keys; the lists change when a set is resolved again, not on import. */
export const unmatchedKeys = {
  all: () => [...directoryKeys.all, 'unmatched'] as const,
  list: (query: UnmatchedListQuery) => [...unmatchedKeys.all(), query] as const,
};

function search(query: UnmatchedListQuery): string {
  const out = new URLSearchParams();
  for (const [key, value] of Object.entries(query))
    if (value !== undefined && value !== '') out.set(key, String(value));
  return out.toString();
}

export const unmatchedQueryOptions = (query: UnmatchedListQuery) =>
  queryOptions({
    queryKey: unmatchedKeys.list(query),
    queryFn: ({ signal }) =>
      api.get<UnmatchedList>(`/directory/unmatched?${search(query)}`, signal),
    placeholderData: keepPreviousData,
  });

export const useUnmatchedDevices = (query: UnmatchedListQuery) =>
  useQuery(unmatchedQueryOptions(query));
