import { hashKey, useQueryClient } from '@tanstack/react-query';
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
 * After the browser gives a stream up (a 401 once the session lapsed, a 403, a reply that is not an
 * event stream), it is opened again when the figures can be read by request again: at once the
 * first time, then no sooner than this after each further closure in a row (doubling, up to 10 min),
 * so a stream that keeps failing costs little.
 */
export const REOPEN_BACKOFF_MS = 30_000;
const MAX_REOPEN_BACKOFF_MS = 600_000;
export const reopenDelayMs = (closures: number) =>
  closures <= 1 ? 0 : Math.min(MAX_REOPEN_BACKOFF_MS, REOPEN_BACKOFF_MS * 2 ** (closures - 2));

/**
 * Keeps a report query's cached answer fresh by server push (`/api/reports/stream`, Server-Sent
 * Events): each `summary` event is written into TanStack Query's cache, so every component showing
 * that query re-renders without a request. `live` is false while the stream is down: callers then
 * poll (see `useReportSummary`). The browser reconnects by itself after the delay the server sets,
 * and the server answers a reconnect with the current figures, so coming back costs no extra request.
 * A stream the browser gave up (a 401 after the session lapsed) is opened again once a poll succeeds.
 * `delayMs` (read when the stream first opens): how long after mounting; a screen that mounts a
 * panel it showed before (a kiosk's page turn) opens at once, so its figures are fresh at once.
 */
export function useReportStream(
  query: ReportSearch | null,
  { delayMs = STREAM_DELAY_MS }: { delayMs?: number } = {},
): { live: boolean } {
  const queryClient = useQueryClient();
  const [live, setLive] = useState(false);
  const search = query ? reportSearchString(query) : null;
  useEffect(() => {
    if (search === null || !query || typeof EventSource === 'undefined') return;
    const key = reportKeys.summary(query);
    const keyHash = hashKey(key);
    let source: EventSource | null = null;
    // When the browser gave the stream up, and how many times in a row (reset by an event).
    let closedAt: number | null = null;
    let closures = 0;
    const onSummary = (event: MessageEvent<string>) => {
      try {
        queryClient.setQueryData<ReportSummary>(key, JSON.parse(event.data) as ReportSummary);
        closures = 0;
        setLive(true);
      } catch {
        // A garbled event is skipped; the next one (or polling) brings the figures.
      }
    };
    const open = () => {
      source?.removeEventListener('summary', onSummary);
      source?.close();
      closedAt = null;
      const current = new EventSource(`/api/reports/stream?${search}`);
      source = current;
      current.addEventListener('summary', onSummary);
      current.onerror = () => {
        setLive(false);
        // CONNECTING: the browser reconnects by itself. CLOSED: it gave up (e.g. 401).
        if (current.readyState === EventSource.CLOSED && closedAt === null) {
          closedAt = Date.now();
          closures += 1;
        }
      };
    };
    // While the stream is down the caller polls; a poll that succeeds proves the figures can be
    // read again (a kiosk has set up its session anew, a person has signed in again): reopen.
    const unsubscribe = queryClient.getQueryCache().subscribe((event) => {
      if (closedAt === null || event.type !== 'updated' || event.query.queryHash !== keyHash)
        return;
      if (event.action.type !== 'success' || event.action.manual) return;
      if (Date.now() - closedAt >= reopenDelayMs(closures)) open();
    });
    const timer = setTimeout(open, delayMs);
    return () => {
      clearTimeout(timer);
      unsubscribe();
      source?.removeEventListener('summary', onSummary);
      source?.close();
      setLive(false);
    };
    // The query is captured through its search text: a new object with the same filters is the same stream.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [search, queryClient]);
  return { live };
}
