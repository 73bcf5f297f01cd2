import { chromium, type Page } from '@playwright/test';

import type { Child } from '../lib/children';
import { type HeapCensus, heapCensus } from '../lib/heap-snapshot';
import { CHROMIUM, CHROMIUM_FLAGS } from '../lib/session';
import { type Spread, spread } from '../lib/stats';

export interface KioskResult {
  refreshSeconds: number;
  plannedCycles: number;
  cycles: Spread;
  simulatedHours: Spread;
  runs: number;
  heapStart: Spread;
  heapEnd: Spread;
  heapGrowth: Spread;
  domStart: Spread;
  domEnd: Spread;
  bffRssStart: Spread;
  bffRssEnd: Spread;
  requests: Spread;
  realSeconds: Spread;
  /** Refresh cycles between checkpoints. */
  checkpointEvery: number;
  /** Heap after GC at the start and at every checkpoint (median over runs), to show the trend. */
  trend: number[];
  /** Heap growth from the checkpoint `settleAfter` cycles in to the end: what a leak would show. */
  settledGrowth: Spread;
  settleAfter: number;
  /** Heap snapshot census at the `settleAfter` checkpoint and at the end (first run). */
  censusSettled: HeapCensus;
  censusEnd: HeapCensus;
  /** Session lapses during the measured cycles (cookie cleared, every connection dropped). */
  lapses: Spread;
  /** Lapses after which a push stream opened again before the next lapse or the end. */
  recovered: Spread;
  /** Kiosk sessions set up again from the link cookie (POST /api/kiosk/session answered 200). */
  renewals: Spread;
  /** Push-stream reconnects refused for want of a session (401), and push streams opened (200). */
  streamsRefused: Spread;
  streamsOpened: Spread;
}

export interface KioskPlan {
  refreshSeconds: number;
  cycles: number;
  runs: number;
  /** Heap after GC every this many cycles. */
  checkpointEvery: number;
  /** Growth is judged from this checkpoint on: V8's code and feedback caches fill before it. */
  settleAfter: number;
  /** Every this many cycles the session lapses and the network drops. */
  lapseEvery: number;
  timeBoxMs: number;
}

/** Page script: counts in-flight fetches; `benchIdle()` resolves when none is left. */
const COUNT_FETCHES = `(() => {
  const state = { inflight: 0, waiters: [] };
  const original = window.fetch.bind(window);
  window.fetch = (...args) => {
    state.inflight++;
    return original(...args).finally(() => {
      state.inflight--;
      if (state.inflight === 0) for (const wake of state.waiters.splice(0)) wake();
    });
  };
  window.benchIdle = () =>
    state.inflight === 0 ? Promise.resolve() : new Promise((resolve) => state.waiters.push(resolve));
})();`;

async function censusOf(page: Page) {
  const cdp = await page.context().newCDPSession(page);
  try {
    return await heapCensus(cdp);
  } finally {
    await cdp.detach();
  }
}

async function heapAfterGc(page: Page) {
  const cdp = await page.context().newCDPSession(page);
  await cdp.send('HeapProfiler.collectGarbage');
  await cdp.send('HeapProfiler.collectGarbage');
  const { usedSize } = await cdp.send('Runtime.getHeapUsage');
  const { nodes } = await cdp.send('Memory.getDOMCounters');
  await cdp.detach();
  return { heap: usedSize, nodes };
}

/**
 * The kiosk link opened in Chromium with a fake page clock: each step advances the page's time by
 * one refresh interval (firing the refetch timers) and waits until the BFF has answered every
 * request it caused. Heap after GC at the start (after the first figures), at every checkpoint and
 * at the end. A leak shows as growth after the caches have settled; a plateau is not a leak.
 */
export async function measureKiosk(
  bff: Child,
  kioskLink: string,
  options: KioskPlan,
  log: (line: string) => void,
): Promise<KioskResult> {
  const browser = await chromium.launch({
    executablePath: CHROMIUM,
    args: CHROMIUM_FLAGS.filter((flag) => flag !== '--headless'),
  });
  const runs: Array<{
    start: { heap: number; nodes: number };
    end: { heap: number; nodes: number };
    trend: number[];
    requests: number;
    bffRssStart: number;
    bffRssEnd: number;
    realMs: number;
    cycles: number;
    settled: number;
    censusSettled: HeapCensus;
    censusEnd: HeapCensus;
    lapses: number;
    recovered: number;
    renewals: number;
    streamsRefused: number;
    streamsOpened: number;
  }> = [];
  try {
    for (let run = 0; run < options.runs; run++) {
      const context = await browser.newContext({ viewport: { width: 1920, height: 1080 } });
      const page = await context.newPage();
      let started = 0;
      page.on('request', (r) => {
        if (new URL(r.url()).pathname.startsWith('/api/')) started++;
      });
      const seen = { renewals: 0, streamsRefused: 0, streamsOpened: 0 };
      page.on('response', (r) => {
        const { pathname } = new URL(r.url());
        if (pathname === '/api/kiosk/session' && r.status() === 200) seen.renewals++;
        if (pathname === '/api/reports/stream' && r.status() === 401) seen.streamsRefused++;
        if (pathname === '/api/reports/stream' && r.status() === 200) seen.streamsOpened++;
      });
      const isRefusedStream = (r: { url(): string; status(): number }) =>
        new URL(r.url()).pathname === '/api/reports/stream' && r.status() === 401;
      /**
       * The session lapses (its cookie is gone) and the network drops every connection, push
       * streams included. The browser reconnects a stream after the server's retry delay (real
       * time, not the page's clock): that reconnect is refused (401) before the next step renews
       * the session, so the screen must bring its streams back by itself.
       */
      const lapse = async () => {
        const refused = page
          .waitForResponse(isRefusedStream, { timeout: 15_000 })
          .then(() => undefined)
          .catch(() => undefined);
        await context.clearCookies({ name: 'ota_session' });
        await bff.ask({ type: 'drop-connections' });
        await refused;
      };
      // Counts the page's own fetches, so a step can wait until every answer has arrived.
      await page.addInitScript({ content: COUNT_FETCHES });
      await page.clock.install();
      await page.goto(kioskLink);
      await page.getByText(/Updated \d/).waitFor({ timeout: 60_000 });

      const step = async () => {
        // Timers fire (and their fetches start) inside runFor; then wait for the answers.
        await page.clock.runFor(options.refreshSeconds * 1000);
        await page.evaluate('window.benchIdle()');
      };
      // Warm up: the first refreshes fill caches that are not leaks.
      for (let i = 0; i < 10; i++) await step();
      const bffStart = await bff.ask<{ rss: number }>({ type: 'memory' });
      const start = await heapAfterGc(page);
      const trend = [start.heap];
      let censusSettled = await censusOf(page);
      const t0 = Date.now();
      const requestsBefore = started;
      const seenBefore = { ...seen };
      let lapses = 0;
      /** Lapses after which a push stream opened again before the next lapse (or the end). */
      let recovered = 0;
      let openedAtLapse = 0;
      let cycles = 0;
      let settled = start.heap;
      while (cycles < options.cycles && Date.now() - t0 < options.timeBoxMs) {
        await step();
        cycles++;
        if (cycles % options.lapseEvery === 0 && cycles < options.cycles) {
          // Push came back after the previous lapse if a stream opened since.
          if (lapses > 0 && seen.streamsOpened === openedAtLapse) recovered--;
          await lapse();
          lapses++;
          recovered++;
          openedAtLapse = seen.streamsOpened;
        }
        if (cycles % options.checkpointEvery === 0 && cycles < options.cycles) {
          const { heap } = await heapAfterGc(page);
          trend.push(heap);
          if (cycles === options.settleAfter) {
            settled = heap;
            censusSettled = await censusOf(page);
          }
        }
      }
      const realMs = Date.now() - t0;
      const end = await heapAfterGc(page);
      trend.push(end.heap);
      if (cycles <= options.settleAfter) settled = start.heap;
      const censusEnd = await censusOf(page);
      const bffEnd = await bff.ask<{ rss: number }>({ type: 'memory' });
      const stillShowing = await page.getByText(/Updated \d/).isVisible();
      if (lapses > 0 && seen.streamsOpened === openedAtLapse) recovered--;
      await context.close();
      if (!stillShowing) throw new Error('the kiosk stopped showing figures during the run');
      runs.push({
        start,
        end,
        trend,
        requests: started - requestsBefore,
        cycles,
        bffRssStart: bffStart.rss,
        bffRssEnd: bffEnd.rss,
        realMs,
        settled,
        censusSettled,
        censusEnd,
        lapses,
        recovered,
        renewals: seen.renewals - seenBefore.renewals,
        streamsRefused: seen.streamsRefused - seenBefore.streamsRefused,
        streamsOpened: seen.streamsOpened - seenBefore.streamsOpened,
      });
      log(
        `  run ${run + 1}: ${cycles} cycles, heap ${(start.heap / 1048576).toFixed(1)} → ${(end.heap / 1048576).toFixed(1)} MB, DOM ${start.nodes} → ${end.nodes}, ${started - requestsBefore} requests in ${Math.round(realMs / 1000)} s; ${lapses} lapses (push back after ${recovered}), ${seen.renewals - seenBefore.renewals} renewals, streams ${seen.streamsRefused - seenBefore.streamsRefused} refused / ${seen.streamsOpened - seenBefore.streamsOpened} opened`,
      );
    }
  } finally {
    await browser.close();
  }
  const trend = runs[0]!.trend.map((_, i) => spread(runs.map((r) => r.trend[i] ?? NaN)).median);
  const cycles = spread(runs.map((r) => r.cycles));
  return {
    refreshSeconds: options.refreshSeconds,
    plannedCycles: options.cycles,
    cycles,
    simulatedHours: spread(runs.map((r) => (r.cycles * options.refreshSeconds) / 3600)),
    runs: runs.length,
    heapStart: spread(runs.map((r) => r.start.heap)),
    heapEnd: spread(runs.map((r) => r.end.heap)),
    heapGrowth: spread(runs.map((r) => r.end.heap - r.start.heap)),
    domStart: spread(runs.map((r) => r.start.nodes)),
    domEnd: spread(runs.map((r) => r.end.nodes)),
    bffRssStart: spread(runs.map((r) => r.bffRssStart)),
    bffRssEnd: spread(runs.map((r) => r.bffRssEnd)),
    requests: spread(runs.map((r) => r.requests)),
    realSeconds: spread(runs.map((r) => r.realMs / 1000)),
    checkpointEvery: options.checkpointEvery,
    trend,
    settledGrowth: spread(runs.map((r) => r.end.heap - r.settled)),
    settleAfter: options.settleAfter,
    censusSettled: runs[0]!.censusSettled,
    censusEnd: runs[0]!.censusEnd,
    lapses: spread(runs.map((r) => r.lapses)),
    recovered: spread(runs.map((r) => r.recovered)),
    renewals: spread(runs.map((r) => r.renewals)),
    streamsRefused: spread(runs.map((r) => r.streamsRefused)),
    streamsOpened: spread(runs.map((r) => r.streamsOpened)),
  };
}
