import { type Browser, chromium } from '@playwright/test';

import type { BenchPage } from '../lib/pages';
import { CHROMIUM, CHROMIUM_FLAGS } from '../lib/session';

/** A fresh emulator and BFF (cold caches), at the cloud's real 10 calls/s quota. */
export interface ViewerStack {
  emulatorUrl: string;
  bffUrl: string;
  signIn: () => Promise<string>;
  stop: () => Promise<void>;
}

export interface ViewerRound {
  viewers: number;
  /** Signed RPC calls the emulator answered while the viewers opened the pages. */
  calls: number;
  byAction: Record<string, number>;
  seconds: number;
}

export interface UpstreamPerViewerResult {
  pages: string[];
  rounds: ViewerRound[];
  /** Calls with the most viewers ÷ calls with one. */
  ratio: number;
}

interface EmulatorCalls {
  total: number;
  byAction: Record<string, number>;
}

async function emulatorCalls(emulatorUrl: string, method: 'GET' | 'DELETE') {
  const response = await fetch(`${emulatorUrl}/__emulator/calls`, { method });
  if (!response.ok) throw new Error(`/__emulator/calls answered ${response.status}`);
  return (await response.json()) as EmulatorCalls;
}

/** One viewer: its own browser context and session, opening the pages one after the other. */
async function view(browser: Browser, bffUrl: string, cookie: string, pages: BenchPage[]) {
  const context = await browser.newContext();
  await context.addCookies([{ name: 'ota_session', value: cookie, url: bffUrl }]);
  const tab = await context.newPage();
  try {
    for (const page of pages) {
      await tab.goto(page.url, { waitUntil: 'commit' });
      await tab.getByText(page.expectText, { exact: false }).first().waitFor({ timeout: 60_000 });
      await tab.waitForLoadState('networkidle');
      const path = new URL(tab.url()).pathname;
      if (path !== page.expectPath) throw new Error(`${page.name} ended at ${path}`);
    }
  } finally {
    await context.close();
  }
}

/**
 * What the console costs the cloud per viewer: `counts` rounds (e.g. 1 and 10 viewers), each on a
 * fresh emulator and BFF, every viewer opening the same signed-in pages at the same time. The
 * emulator counts the signed calls it answered; with a shared read cache and single-flight, ten
 * viewers should cost about what one does.
 */
export async function measureUpstreamPerViewer(
  startStack: () => Promise<ViewerStack>,
  pagesFor: (bffUrl: string) => BenchPage[],
  counts: number[],
  log: (line: string) => void,
): Promise<UpstreamPerViewerResult> {
  const browser = await chromium.launch({
    executablePath: CHROMIUM,
    args: CHROMIUM_FLAGS.filter((flag) => flag !== '--headless'),
  });
  const rounds: ViewerRound[] = [];
  let pageNames: string[] = [];
  try {
    for (const viewers of counts) {
      const stack = await startStack();
      try {
        const pages = pagesFor(stack.bffUrl);
        pageNames = pages.map((p) => p.name);
        const cookies: string[] = [];
        for (let i = 0; i < viewers; i++) cookies.push(await stack.signIn());
        await emulatorCalls(stack.emulatorUrl, 'DELETE');
        const started = Date.now();
        await Promise.all(cookies.map((cookie) => view(browser, stack.bffUrl, cookie, pages)));
        const seconds = (Date.now() - started) / 1000;
        const { total, byAction } = await emulatorCalls(stack.emulatorUrl, 'GET');
        rounds.push({ viewers, calls: total, byAction, seconds });
        log(`  ${viewers} viewer(s): ${total} upstream calls in ${seconds.toFixed(1)} s`);
      } finally {
        await stack.stop();
      }
    }
  } finally {
    await browser.close();
  }
  const one = rounds.find((r) => r.viewers === 1)?.calls ?? NaN;
  const most = rounds.reduce((a, b) => (b.viewers > a.viewers ? b : a));
  return { pages: pageNames, rounds, ratio: most.calls / one };
}
