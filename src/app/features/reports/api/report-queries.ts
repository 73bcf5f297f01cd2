import { keepPreviousData, queryOptions, useQuery } from '@tanstack/react-query';
import { useState } from 'react';

import type { ReportSummary } from '../../../../shared/contract/reports';
import { api } from '../../../lib/api-client';
import { productsQueryOptions } from '../../products/api/product-queries';
import { takeEarlyReport } from './early-report';
import { reportKeys } from './report-keys';
import { type ReportSearch, reportSearchString } from './report-search';
import { fallbackPollMs, useReportStream } from './report-stream';

export { reportKeys };

/** The products the report offers; with no devices in the address it defaults to the first. */
export const reportProductsQueryOptions = () => productsQueryOptions({ page: 1, pageSize: 200 });

/** While the BFF aggregates a large range it answers `pending` with progress: ask again soon. */
export const PENDING_POLL_MS = 700;
export const REFRESHING_POLL_MS = 2000;

export const reportSummaryQueryOptions = (query: ReportSearch) =>
  queryOptions({
    queryKey: reportKeys.summary(query),
    queryFn: async ({ signal }) => {
      const search = reportSearchString(query);
      return (
        (await takeEarlyReport(search)) ??
        api.get<ReportSummary>(`/reports/summary?${search}`, signal)
      );
    },
    placeholderData: keepPreviousData,
    // Ask again while the BFF aggregates, and while it shows previous figures during a refresh.
    refetchInterval: (q) =>
      q.state.data?.state === 'pending'
        ? PENDING_POLL_MS
        : q.state.data?.refreshing
          ? REFRESHING_POLL_MS
          : false,
  });

/**
 * The report page's answer: fresh figures arrive by server push (`useReportStream`); while the
 * stream is down the page polls at about the BFF's refresh interval instead.
 */
export function useReportSummary(query: ReportSearch | null) {
  const { live } = useReportStream(query);
  const [pollMs] = useState(() => fallbackPollMs());
  const base = reportSummaryQueryOptions(query as ReportSearch);
  return useQuery({
    ...base,
    enabled: query !== null,
    refetchInterval: (q) =>
      q.state.data?.state === 'pending'
        ? PENDING_POLL_MS
        : live
          ? false
          : q.state.data?.refreshing
            ? REFRESHING_POLL_MS
            : pollMs,
  });
}

/**
 * The CSV of exactly what the filters select (every page); the BFF streams it, with its headers
 * and status names in the reader's language.
 */
export function reportExportUrl(query: ReportSearch, lang: string): string {
  const { page: _page, pageSize: _pageSize, bucket: _bucket, ...filters } = query;
  const params = new URLSearchParams(reportSearchString(filters));
  params.set('lang', lang);
  return `/api/reports/export.csv?${params.toString()}`;
}
