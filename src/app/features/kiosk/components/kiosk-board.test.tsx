import { i18n } from '@lingui/core';
import { I18nProvider } from '@lingui/react';
import { MantineProvider } from '@mantine/core';
import { notifyManager, QueryClient, QueryClientProvider } from '@tanstack/react-query';
import { act, render, screen } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';

import type { KioskConfig } from '../../../../shared/contract/kiosk';
import type { ReportReady, StatusCounts } from '../../../../shared/contract/reports';
import { cssVariablesResolver, theme } from '../../../theme';
import { KioskBoard } from './kiosk-board';

// Counts how often the donut is drawn (jsdom cannot lay out recharts anyway).
const drawn = vi.hoisted(() => ({ charts: 0 }));
vi.mock('./kiosk-distribution', () => ({
  KioskDistribution: ({ counts, label }: { counts: StatusCounts; label: string }) => {
    drawn.charts++;
    return <span aria-label={label}>{counts.succeeded}</span>;
  },
}));

const CONFIG: KioskConfig = {
  label: 'Test',
  refreshSeconds: 5,
  range: '7d',
  rotateSeconds: 20,
  stuckHours: 6,
  zone: 'UTC',
  lang: 'en',
  panels: [
    { title: 'Product A', productKey: 'a1A' },
    { title: 'Firmware B', firmwareId: 'fw-b' },
  ],
};

let succeeded = 10;
const summary = (): ReportReady => ({
  state: 'ready',
  generatedAt: new Date().toISOString(),
  from: new Date(Date.now() - 7 * 86_400_000).toISOString(),
  to: new Date().toISOString(),
  count: 'latest',
  bucket: 'day',
  devices: 40,
  devicesWithRecords: 30,
  records: 60,
  selected: 30,
  counts: { sendFailed: 1, waiting: 2, downloading: 3, succeeded, failed: 4 },
  timeline: [],
  rows: { items: [], total: 30, page: 1, pageSize: 0 },
});

// A plain answer (no body stream), so each refresh completes within the fake timers' step.
const fetchMock = vi.fn(async () => {
  const body = JSON.stringify(summary());
  return { ok: true, status: 200, text: async () => body } as Response;
});

function renderBoard() {
  const client = new QueryClient();
  render(
    <I18nProvider i18n={i18n}>
      <MantineProvider theme={theme} cssVariablesResolver={cssVariablesResolver} env="test">
        <QueryClientProvider client={client}>
          <KioskBoard config={CONFIG} />
        </QueryClientProvider>
      </MantineProvider>
    </I18nProvider>,
  );
  return client;
}

/** One refresh interval of the kiosk, then the answers (their promise chains) at the same time. */
const refresh = () =>
  act(async () => {
    await vi.advanceTimersByTimeAsync(CONFIG.refreshSeconds * 1000);
    for (let i = 0; i < 5; i++) await vi.advanceTimersByTimeAsync(0);
  });

describe('KioskBoard over many refreshes', () => {
  beforeEach(() => {
    vi.useFakeTimers({ now: new Date('2026-01-05T08:00:00Z') });
    // TanStack Query notifies through the real setTimeout(0), which the fake clock does not run.
    notifyManager.setScheduler(queueMicrotask);
    vi.stubGlobal('fetch', fetchMock);
    fetchMock.mockClear();
    drawn.charts = 0;
    succeeded = 10;
  });
  afterEach(() => {
    vi.unstubAllGlobals();
    vi.useRealTimers();
  });

  it('keeps one cache entry per panel and draws the charts again only when the figures change', async () => {
    const client = renderBoard();
    await refresh();
    expect(
      screen.getByText(/^Updated \d{4}-\d{2}-\d{2} \d{2}:\d{2}:\d{2} UTC$/),
    ).toBeInTheDocument();
    const chartsAtStart = drawn.charts;
    expect(chartsAtStart).toBe(CONFIG.panels.length);
    const fetchesAtStart = fetchMock.mock.calls.length;

    const before = screen.getByText(/^Updated /).textContent;
    for (let i = 0; i < 200; i++) await refresh();

    // Every refresh asked the BFF again and moved "updated"…
    expect(fetchMock.mock.calls.length - fetchesAtStart).toBe(200 * CONFIG.panels.length);
    expect(screen.getByText(/^Updated /).textContent).not.toBe(before);
    // …under the same query keys (nothing piles up in the cache for its gcTime)…
    expect(client.getQueryCache().getAll()).toHaveLength(CONFIG.panels.length);
    // …and the same figures drew no chart again.
    expect(drawn.charts).toBe(chartsAtStart);

    // New figures are drawn, once per panel.
    succeeded = 11;
    await refresh();
    expect(drawn.charts).toBe(chartsAtStart + CONFIG.panels.length);
    expect(screen.getByLabelText('Product A status distribution')).toHaveTextContent('11');
    expect(screen.getAllByLabelText('Succeeded: 11')).toHaveLength(CONFIG.panels.length);
  });
});
