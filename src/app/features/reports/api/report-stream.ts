import { useQueryClient } from '@tanstack/react-query';
import { useEffect, useState } from 'react';

import type { ReportSummary } from '../../../../shared/contract/reports';
import { reportKeys } from './report-keys';
import { type ReportSearch, reportSearchString } from './report-search';

/** Polling while push is down: about the BFF's refresh interval, spread so screens do not align. */
export const FALLBACK_POLL_MS = 30_000;
export const fallbackPollMs = (base = FALLBACK_POLL_MS) =>
  Math.round(base * (0.8 + Math.random() * 0.4));
/**
 * The stream opens a moment after the page: the first answer comes by a plain request anyway, and a
 * page that only passes through (or a page-load measurement waiting for the network to go quiet)
 * never holds a stream.
 */
export const STREAM_DELAY_MS = 3000;

/**
 * Keeps a report query's cached answer fresh by server push (`/api/reports/stream`, Server-Sent
 * Events): each `summary` event is written into TanStack Query's cache, so every component showing
 * that query re-renders without a request. `live` is false while the stream is down: callers then
 * poll (see `useReportSummary`). The browser reconnects by itself after the delay the server sets,
 * and the server answers a reconnect with the current figures, so coming back costs no extra request.
 */
export function useReportStream(query: ReportSearch | null): { live: boolean } {
  const queryClient = useQueryClient();
  const [live, setLive] = useState(false);
  const search = query ? reportSearchString(query) : null;
  useEffect(() => {
    if (search === null || !query || typeof EventSource === 'undefined') return;
    const key = reportKeys.summary(query);
    let source: EventSource | null = null;
    const onSummary = (event: MessageEvent<string>) => {
      try {
        queryClient.setQueryData<ReportSummary>(key, JSON.parse(event.data) as ReportSummary);
        setLive(true);
      } catch {
        // A garbled event is skipped; the next one (or polling) brings the figures.
      }
    };
    const timer = setTimeout(() => {
      source = new EventSource(`/api/reports/stream?${search}`);
      source.addEventListener('summary', onSummary);
      source.onerror = () => setLive(false);
    }, STREAM_DELAY_MS);
    return () => {
      clearTimeout(timer);
      source?.removeEventListener('summary', onSummary);
      source?.close();
      setLive(false);
    };
    // The query is captured through its search text: a new object with the same filters is the same stream.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [search, queryClient]);
  return { live };
}
