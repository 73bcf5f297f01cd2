import { queryOptions, useMutation, useQuery, type UseQueryResult } from '@tanstack/react-query';

import type { KioskConfig, KioskPanel } from '../../../../shared/contract/kiosk';
import type {
  ReportProgress,
  ReportReady,
  ReportSummary,
  StatusCounts,
} from '../../../../shared/contract/reports';
import { api, ApiRequestError } from '../../../lib/api-client';
import { PENDING_POLL_MS, reportKeys } from '../../reports/api/report-queries';
import { type ReportSearch, reportSearchString } from '../../reports/api/report-search';
import { isKioskEnded, startKioskSession, withKioskSession } from './kiosk-session';

export const kioskKeys = {
  all: ['kiosk'] as const,
  config: () => [...kioskKeys.all, 'config'] as const,
};

/** A screen on the wall has no one to press "retry": keep trying unless the link has ended. */
const keepTrying = (_count: number, error: Error) => !isKioskEnded(error);

/**
 * What the screen shows. Asked again every refresh: that is how a revoked link or a lapsed session
 * (then set up again) is noticed while figures arrive by push.
 */
export const kioskConfigQueryOptions = () =>
  queryOptions({
    queryKey: kioskKeys.config(),
    queryFn: ({ signal }) => withKioskSession(() => api.get<KioskConfig>('/kiosk/config', signal)),
    refetchInterval: (q) => (q.state.data?.refreshSeconds ?? 30) * 1000,
    refetchIntervalInBackground: true,
    retry: keepTrying,
    retryDelay: 5_000,
  });

export const useKioskConfig = (enabled: boolean) =>
  useQuery({ ...kioskConfigQueryOptions(), enabled });

/** Exchanges the printed link's token for a kiosk session (and the screen's link cookie). */
export const useKioskSignIn = () =>
  useMutation({
    mutationFn: (token: string) => startKioskSession(token),
    retry: (_count, error) => !isKioskEnded(error),
    retryDelay: 5_000,
  });

/** A panel's report query: the report page's key, so nothing piles up over days. */
export function kioskPanelSearch(panel: KioskPanel, config: KioskConfig): ReportSearch {
  return {
    productKey: panel.productKey,
    firmwareId: panel.firmwareId,
    range: config.range,
    stuckHours: config.stuckHours,
    count: 'latest',
    page: 1,
    pageSize: 0,
    sort: 'sendTime',
    order: 'desc',
  };
}

/** The report page listing a panel's stuck devices. */
export const kioskStuckHref = (panel: KioskPanel, config: KioskConfig) =>
  `/reports?${reportSearchString({
    productKey: panel.productKey,
    firmwareId: panel.firmwareId,
    range: config.range,
    stuckHours: config.stuckHours,
    show: 'stuck',
  })}`;

/**
 * The panel's figures. Fresh ones arrive by push (`useReportStream` writes them into this query's
 * cache) while the panel is on screen; `poll` (on screen, push down) asks every refresh instead.
 * Failures keep the last figures on screen.
 */
export const kioskPanelQueryOptions = (panel: KioskPanel, config: KioskConfig, poll = true) => {
  const search = kioskPanelSearch(panel, config);
  return queryOptions({
    queryKey: reportKeys.summary(search),
    queryFn: ({ signal }) =>
      withKioskSession(() =>
        api.get<ReportSummary>(`/reports/summary?${reportSearchString(search)}`, signal),
      ),
    refetchInterval: (q) =>
      q.state.data?.state === 'pending'
        ? PENDING_POLL_MS
        : poll
          ? config.refreshSeconds * 1000
          : false,
    refetchIntervalInBackground: true,
    retry: (count, error) => count < 1 && keepTrying(count, error),
  });
};

/** What one panel shows: plain values that stay equal (and the same objects) while figures do. */
export interface KioskPanelFigures {
  /** Counts of a ready report, or null while there is none. */
  counts: StatusCounts | null;
  /** Status counts per hour (24 h) or day, oldest first. */
  timeline: ReportReady['timeline'] | null;
  bucket: ReportReady['bucket'];
  devicesWithRecords: number;
  /** Devices whose latest status has been 1 or 2 longer than the link's threshold. */
  stuck: number | null;
  /** Progress while the BFF is still aggregating, or null. */
  progress: ReportProgress | null;
  /** Any answer (ready or pending) has arrived. */
  hasData: boolean;
  /** The last refresh failed. */
  failing: boolean;
}

export interface KioskBoardView {
  panels: KioskPanelFigures[];
  /** When each panel's figures were synced (ms), or null before the first. */
  syncedAt: Array<number | null>;
  /** Each panel's figures are older than they should be (the BFF's last sync failed). */
  dataStale: boolean[];
  /** Some refresh failed: the screen shows the last figures it has. */
  stale: boolean;
  /** The link was revoked or the screen holds none: the query error that says so. */
  ended: ApiRequestError | null;
}

/**
 * `combine` for the kiosk's `useQueries`: only what the board draws. TanStack Query shares the
 * combined result structurally, so a refresh that brings the same figures yields the same panel
 * objects (times live apart from them): the memoised panels and their charts are not rendered again (rendering every chart on
 * every refresh kept the kiosk's heap growing over a day of refreshes, see BENCHMARKS.md).
 */
export function combineKioskPanels(results: Array<UseQueryResult<ReportSummary>>): KioskBoardView {
  const panels = results.map(({ data, isError }): KioskPanelFigures => {
    const ready = data?.state === 'ready' ? data : null;
    return {
      counts: ready?.counts ?? null,
      timeline: ready?.timeline ?? null,
      bucket: ready?.bucket ?? 'hour',
      devicesWithRecords: ready?.devicesWithRecords ?? 0,
      stuck: ready?.stuck?.devices ?? null,
      progress: data?.state === 'pending' ? data.progress : null,
      hasData: data !== undefined,
      failing: isError,
    };
  });
  const ended = results.find((q) => isKioskEnded(q.error))?.error;
  return {
    panels,
    syncedAt: results.map(({ data }) =>
      data?.state === 'ready' ? Date.parse(data.syncedAt ?? data.generatedAt) : null,
    ),
    dataStale: results.map(({ data }) => data?.state === 'ready' && data.stale === true),
    stale: results.some((q) => q.isError),
    ended: ended instanceof ApiRequestError ? ended : null,
  };
}
