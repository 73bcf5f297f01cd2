import { keepPreviousData, queryOptions, useQuery } from '@tanstack/react-query';

import type { ReportStuck, ReportStuckQuery } from '../../../../shared/contract/report-stuck';
import { api } from '../../../lib/api-client';
import { searchString } from '../../../lib/search-state';
import { PENDING_POLL_MS, reportKeys } from './report-queries';
import type { ReportSearch } from './report-search';
import { reportSearchShape } from './report-search';

/** The stuck-device list's own query: the report's filters, its threshold and the list's page. */
export function stuckQueryOf(search: ReportSearch & { stuckHours: number }): ReportStuckQuery {
  const {
    sort: _sort,
    order: _order,
    show: _show,
    count: _count,
    bucket: _bucket,
    ...rest
  } = search;
  return { ...rest, pageSize: search.pageSize || 25 };
}

export const stuckKeys = {
  all: () => [...reportKeys.all, 'stuck'] as const,
  list: (query: ReportStuckQuery, syncedAt: string | undefined) =>
    [...stuckKeys.all(), query, syncedAt ?? null] as const,
};

/**
 * The stuck devices of a report. Keyed by the figures' sync time, so the list follows the summary
 * (which arrives by push) without polling on its own; the previous page stays while the next loads.
 */
export const stuckDevicesQueryOptions = (query: ReportStuckQuery, syncedAt: string | undefined) =>
  queryOptions({
    queryKey: stuckKeys.list(query, syncedAt),
    queryFn: ({ signal }) =>
      api.get<ReportStuck>(`/reports/stuck?${searchString(reportSearchShape, query)}`, signal),
    placeholderData: keepPreviousData,
    refetchInterval: (q) => (q.state.data?.state === 'pending' ? PENDING_POLL_MS : false),
  });

export const useStuckDevices = (query: ReportStuckQuery, syncedAt: string | undefined) =>
  useQuery(stuckDevicesQueryOptions(query, syncedAt));
