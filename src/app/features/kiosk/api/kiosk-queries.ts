import { queryOptions, useMutation, useQuery } from '@tanstack/react-query';

import type { SessionUser } from '../../../../shared/contract/auth';
import type { KioskConfig, KioskPanel } from '../../../../shared/contract/reports';
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
