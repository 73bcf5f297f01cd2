import { keepPreviousData, queryOptions, useQuery } from '@tanstack/react-query';

import type { AuditActions, AuditFilter, AuditPage } from '../../../../shared/contract/audit';
import { api } from '../../../lib/api-client';

export interface AuditListParams extends AuditFilter {
  page: number;
  pageSize: number;
}

/** Query string of the set filters only (empty values left out). */
export function auditSearch(params: Partial<AuditListParams>): string {
  const search = new URLSearchParams();
  for (const [key, value] of Object.entries(params)) {
    if (value !== undefined && value !== '') search.set(key, String(value));
  }
  return search.toString();
}

export const auditKeys = {
  all: ['audit'] as const,
  lists: () => [...auditKeys.all, 'list'] as const,
  list: (params: AuditListParams) => [...auditKeys.lists(), params] as const,
  actions: () => [...auditKeys.all, 'actions'] as const,
};

export const auditQueryOptions = (params: AuditListParams) =>
  queryOptions({
    queryKey: auditKeys.list(params),
    queryFn: ({ signal }) => api.get<AuditPage>(`/audit?${auditSearch(params)}`, signal),
    placeholderData: keepPreviousData,
  });

export const useAuditEvents = (params: AuditListParams) => useQuery(auditQueryOptions(params));

/** The actions recorded so far: the Action filter's choices. */
export const auditActionsQueryOptions = () =>
  queryOptions({
    queryKey: auditKeys.actions(),
    queryFn: ({ signal }) => api.get<AuditActions>('/audit/actions', signal),
    staleTime: 60_000,
  });

export const useAuditActions = () => useQuery(auditActionsQueryOptions());

/** Same-origin download link for the filtered trail as CSV. */
export const auditCsvHref = (filter: AuditFilter) => {
  const search = auditSearch(filter);
  return `/api/audit.csv${search ? `?${search}` : ''}`;
};
