import { QueryClient, QueryClientProvider } from '@tanstack/react-query';
import { act, renderHook } from '@testing-library/react';
import type { ReactNode } from 'react';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';

import { reportKeys } from './report-keys';
import type { ReportSearch } from './report-search';
import { REOPEN_BACKOFF_MS, STREAM_DELAY_MS, useReportStream } from './report-stream';

/** A stand-in for the browser's EventSource (jsdom has none): the test plays the server. */
class FakeEventSource extends EventTarget {
  static readonly CONNECTING = 0;
  static readonly OPEN = 1;
  static readonly CLOSED = 2;
  static last: FakeEventSource | null = null;
  static opened = 0;
  onerror: (() => void) | null = null;
  readyState = FakeEventSource.CONNECTING;
  closed = false;
  constructor(readonly url: string) {
    super();
    FakeEventSource.last = this;
    FakeEventSource.opened += 1;
  }
  close() {
    this.closed = true;
    this.readyState = FakeEventSource.CLOSED;
  }
  /** The connection failed: the browser retries (`CONNECTING`) or gives up (`CLOSED`, e.g. a 401). */
  fail(readyState: number) {
    this.readyState = readyState;
    this.onerror?.();
  }
  emit(data: unknown) {
    this.dispatchEvent(new MessageEvent('summary', { data: JSON.stringify(data) }));
  }
}

const query: ReportSearch = { productKey: 'a1AssetTrk1', range: '7d', pageSize: 0 };
const pending = { state: 'pending', progress: { phase: 'records', done: 5, total: 10 } };

describe('useReportStream', () => {
  beforeEach(() => {
    vi.useFakeTimers();
    vi.stubGlobal('EventSource', FakeEventSource);
  });
  afterEach(() => {
    vi.unstubAllGlobals();
    vi.useRealTimers();
  });

  it('writes each pushed answer into the query cache, and says when push is down', () => {
    const client = new QueryClient();
    const wrapper = ({ children }: { children: ReactNode }) => (
      <QueryClientProvider client={client}>{children}</QueryClientProvider>
    );
    FakeEventSource.last = null;
    const { result, unmount } = renderHook(() => useReportStream(query), { wrapper });
    expect(FakeEventSource.last).toBeNull();
    act(() => vi.advanceTimersByTime(STREAM_DELAY_MS));
    const source = FakeEventSource.last!;
    expect(source.url).toBe('/api/reports/stream?productKey=a1AssetTrk1&range=7d&pageSize=0');
    expect(result.current.live).toBe(false);

    act(() => source.emit(pending));
    expect(client.getQueryData(reportKeys.summary(query))).toEqual(pending);
    expect(result.current.live).toBe(true);

    act(() => source.onerror?.());
    expect(result.current.live).toBe(false);
    unmount();
    expect(source.closed).toBe(true);
  });

  it('opens at once when asked (a kiosk page turn), not after the page-load delay', () => {
    const client = new QueryClient();
    const wrapper = ({ children }: { children: ReactNode }) => (
      <QueryClientProvider client={client}>{children}</QueryClientProvider>
    );
    FakeEventSource.last = null;
    const { unmount } = renderHook(() => useReportStream(query, { delayMs: 0 }), { wrapper });
    act(() => vi.advanceTimersByTime(0));
    expect(FakeEventSource.last).not.toBeNull();
    unmount();
    expect(FakeEventSource.last!.closed).toBe(true);
  });

  it('opens a stream the browser gave up (a 401) again once a poll succeeds; backs off when it keeps failing', async () => {
    const client = new QueryClient();
    const wrapper = ({ children }: { children: ReactNode }) => (
      <QueryClientProvider client={client}>{children}</QueryClientProvider>
    );
    const key = reportKeys.summary(query);
    const poll = () => client.fetchQuery({ queryKey: key, queryFn: () => pending, staleTime: 0 });
    FakeEventSource.opened = 0;
    const { result, unmount } = renderHook(() => useReportStream(query), { wrapper });
    act(() => vi.advanceTimersByTime(STREAM_DELAY_MS));
    const first = FakeEventSource.last!;
    act(() => first.emit(pending));
    expect(result.current.live).toBe(true);

    // A dropped connection the browser retries by itself: nothing to do but poll meanwhile.
    act(() => first.fail(FakeEventSource.CONNECTING));
    expect(result.current.live).toBe(false);
    await act(poll);
    expect(FakeEventSource.opened).toBe(1);
    act(() => first.emit(pending));

    // The session lapsed: the reconnect got 401 and the browser gave up. Pushed figures written
    // into the cache do not count as a poll; the next poll that succeeds reopens the stream.
    act(() => first.fail(FakeEventSource.CLOSED));
    expect(result.current.live).toBe(false);
    act(() => client.setQueryData(key, pending));
    expect(FakeEventSource.opened).toBe(1);
    await act(poll);
    expect(FakeEventSource.opened).toBe(2);
    const second = FakeEventSource.last!;
    expect(second).not.toBe(first);
    act(() => second.emit(pending));
    expect(result.current.live).toBe(true);

    // Closed again and again without an event in between: reopened no sooner than the backoff.
    act(() => second.fail(FakeEventSource.CLOSED));
    await act(poll);
    const third = FakeEventSource.last!;
    expect(FakeEventSource.opened).toBe(3);
    act(() => third.fail(FakeEventSource.CLOSED));
    await act(poll);
    expect(FakeEventSource.opened).toBe(3);
    act(() => vi.advanceTimersByTime(REOPEN_BACKOFF_MS));
    await act(poll);
    expect(FakeEventSource.opened).toBe(4);
    unmount();
    expect(FakeEventSource.last!.closed).toBe(true);
  });
});
