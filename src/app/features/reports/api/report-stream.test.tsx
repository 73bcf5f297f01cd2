import { QueryClient, QueryClientProvider } from '@tanstack/react-query';
import { act, renderHook } from '@testing-library/react';
import type { ReactNode } from 'react';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';

import { reportKeys } from './report-keys';
import type { ReportSearch } from './report-search';
import { STREAM_DELAY_MS, useReportStream } from './report-stream';

/** A stand-in for the browser's EventSource (jsdom has none): the test plays the server. */
class FakeEventSource extends EventTarget {
  static last: FakeEventSource | null = null;
  onerror: (() => void) | null = null;
  closed = false;
  constructor(readonly url: string) {
    super();
    FakeEventSource.last = this;
  }
  close() {
    this.closed = true;
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
});
