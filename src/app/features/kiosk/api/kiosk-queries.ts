import { queryOptions, useMutation, useQuery, type UseQueryResult } from '@tanstack/react-query';
import dayjs from 'dayjs';

import type { SessionUser } from '../../../../shared/contract/auth';
import type {
  KioskConfig,
  KioskPanel,
  ReportProgress,
  ReportSummary,
  StatusCounts,
} from '../../../../shared/contract/reports';
import { api, ApiRequestError } from '../../../lib/api-client';
import { PENDING_POLL_MS, reportSummaryQueryOptions } from '../../reports/api/report-queries';
import type { ReportSearch } from '../../reports/api/report-search';

export const kioskKeys = {
  all: ['kiosk'] as const,
  config: () => [...kioskKeys.all, 'config'] as const,
};

export const kioskConfigQueryOptions = () =>
  queryOptions({
    queryKey: kioskKeys.config(),
    queryFn: ({ signal }) => api.get<KioskConfig>('/kiosk/config', signal),
    staleTime: 10 * 60_000,
    refetchInterval: 10 * 60_000,
    // A screen on the wall has no one to press "retry": keep trying unless the session is gone.
    retry: (_count, error) =>
      !(error instanceof ApiRequestError && (error.status === 401 || error.status === 403)),
    retryDelay: 5_000,
  });

export const useKioskConfig = (enabled: boolean) =>
  useQuery({ ...kioskConfigQueryOptions(), enabled });

/** Exchanges the printed link's token for a kiosk session cookie. */
export const useKioskSignIn = () =>
  useMutation({
    mutationFn: (token: string) => api.post<SessionUser>('/kiosk/session', { token }),
  });

/** A panel's report query: the same key and query as the report page, so nothing grows over days. */
export function kioskPanelSearch(panel: KioskPanel, config: KioskConfig): ReportSearch {
  return {
    productKey: panel.productKey,
    firmwareId: panel.firmwareId,
    range: config.range,
    count: 'latest',
    page: 1,
    pageSize: 0,
    sort: 'sendTime',
    order: 'desc',
  };
}

/** The report options plus the kiosk's refresh; failures keep the last figures on screen. */
export const kioskPanelQueryOptions = (panel: KioskPanel, config: KioskConfig) => {
  const base = reportSummaryQueryOptions(kioskPanelSearch(panel, config));
  return queryOptions({
    ...base,
    refetchInterval: (q) =>
      q.state.data?.state === 'pending' ? PENDING_POLL_MS : config.refreshSeconds * 1000,
    refetchIntervalInBackground: true,
    retry: 1,
  });
};

/** What one panel shows: plain values that stay equal (and the same objects) while figures do. */
export interface KioskPanelFigures {
  /** Counts of a ready report, or null while there is none. */
  counts: StatusCounts | null;
  devicesWithRecords: number;
  /** Progress while the BFF is still aggregating, or null. */
  progress: ReportProgress | null;
  /** Any answer (ready or pending) has arrived. */
  hasData: boolean;
  /** The last refresh failed. */
  failing: boolean;
}

export interface KioskBoardView {
  panels: KioskPanelFigures[];
  /** Time of the oldest figures on screen (`HH:mm:ss`), or null before the first. */
  updated: string | null;
  /** Some refresh failed: the screen shows the last figures it has. */
  stale: boolean;
  /** Revoked link, or a session that idled out while the console was down. */
  ended: boolean;
}

/**
 * `combine` for the kiosk's `useQueries`: only what the board draws. TanStack Query shares the
 * combined result structurally, so a refresh that brings the same figures (only `generatedAt`
 * moves) yields the same panel objects: the board renders for the new "updated" time, while the
 * memoised panels and their recharts donuts are not rendered again. Rendering every panel and chart
 * on every refresh kept the kiosk's heap growing over a day of refreshes (see BENCHMARKS.md).
 */
export function combineKioskPanels(results: Array<UseQueryResult<ReportSummary>>): KioskBoardView {
  const times: number[] = [];
  const panels = results.map(({ data, isError }): KioskPanelFigures => {
    if (data?.state === 'ready') times.push(Date.parse(data.generatedAt));
    return {
      counts: data?.state === 'ready' ? data.counts : null,
      devicesWithRecords: data?.state === 'ready' ? data.devicesWithRecords : 0,
      progress: data?.state === 'pending' ? data.progress : null,
      hasData: data !== undefined,
      failing: isError,
    };
  });
  return {
    panels,
    updated: times.length > 0 ? dayjs(Math.min(...times)).format('HH:mm:ss') : null,
    stale: results.some((q) => q.isError),
    ended: results.some((q) => q.error instanceof ApiRequestError && q.error.status === 401),
  };
}
