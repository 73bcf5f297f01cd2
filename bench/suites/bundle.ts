import { gzipSync } from 'node:zlib';

import { type Browser, chromium } from '@playwright/test';

import type { BenchPage } from '../lib/pages';
import { CHROMIUM, CHROMIUM_FLAGS } from '../lib/session';
import { type Spread, spread } from '../lib/stats';

export interface RouteToLoad extends Omit<BenchPage, 'signedIn'> {
  /** Signed-in routes get the session cookie. */
  cookie?: { name: string; value: string };
  /**
   * A User Timing mark the page sets when its first view is on screen (/reports: its figures).
   * Scripts whose response ended before it count as "until the page shows", timed in the page:
   * the text check from outside can land after scripts that load one frame later (the charts).
   */
  firstViewMark?: string;
}

export interface BundleRow {
  name: string;
  jsBudget?: boolean;
  js?: Spread;
  /** Scripts that arrived before the page's expected text showed (for /reports: before its charts). */
  jsFirstView?: Spread;
  css?: Spread;
  jsRaw?: Spread;
  requests?: number;
  /** The largest scripts of the first load, gzip -9 bytes. */
  largestScripts?: Array<{ file: string; gzip: number }>;
  notMeasured?: string;
}

async function loadOnce(browser: Browser, route: RouteToLoad) {
  const context = await browser.newContext();
  if (route.cookie) {
    await context.addCookies([{ ...route.cookie, url: new URL(route.url).origin }]);
  }
  const page = await context.newPage();
  const pending: Array<
    Promise<{ type: string; file: string; raw: number; gzip: number; at: number }>
  > = [];
  page.on('response', (response) => {
    const type = response.request().resourceType();
    if (type !== 'script' && type !== 'stylesheet') return;
    const at = performance.now();
    pending.push(
      response.body().then((body) => ({
        type,
        file: new URL(response.url()).pathname,
        raw: body.length,
        gzip: gzipSync(body, { level: 9 }).length,
        at,
      })),
    );
  });
  // Not `networkidle` here: the text is awaited as soon as the document starts, so scripts that
  // load after it (the report's charts) arrive later than `shownAt`.
  await page.goto(route.url, { waitUntil: 'commit' });
  const found = await page
    .getByText(route.expectText, { exact: false })
    .first()
    .waitFor({ timeout: 30_000 })
    .then(() => true)
    .catch(() => false);
  const shownAt = performance.now();
  await page.waitForLoadState('networkidle');
  const files = await Promise.all(pending);
  const timed = route.firstViewMark
    ? await page.evaluate((mark) => {
        const at = performance.getEntriesByName(mark, 'mark')[0]?.startTime;
        const ended = (performance.getEntriesByType('resource') as PerformanceResourceTiming[]).map(
          (r) => [new URL(r.name).pathname, r.responseEnd] as const,
        );
        return at === undefined ? null : { at, ended: Object.fromEntries(ended) };
      }, route.firstViewMark)
    : null;
  const beforeFirstView = (f: { file: string; at: number }) =>
    timed ? (timed.ended[f.file] ?? Infinity) <= timed.at : f.at <= shownAt;
  const finalPath = new URL(page.url()).pathname;
  await context.close();
  const sum = (type: string, key: 'raw' | 'gzip') =>
    files.filter((f) => f.type === type).reduce((total, f) => total + f[key], 0);
  return {
    found,
    finalPath,
    js: sum('script', 'gzip'),
    jsFirstView: files
      .filter((f) => f.type === 'script' && beforeFirstView(f))
      .reduce((total, f) => total + f.gzip, 0),
    jsRaw: sum('script', 'raw'),
    css: sum('stylesheet', 'gzip'),
    requests: files.length,
    largestScripts: files
      .filter((f) => f.type === 'script')
      .sort((a, b) => b.gzip - a.gzip)
      .slice(0, 5)
      .map(({ file, gzip }) => ({ file, gzip })),
  };
}

/** gzip -9 of every script and stylesheet response of a cold page load, per route. */
export async function measureBundles(routes: RouteToLoad[], runs: number): Promise<BundleRow[]> {
  const browser = await chromium.launch({
    executablePath: CHROMIUM,
    args: CHROMIUM_FLAGS.filter((flag) => flag !== '--headless'),
  });
  const rows: BundleRow[] = [];
  try {
    for (const route of routes) {
      const loads = [];
      for (let i = 0; i < runs; i++) loads.push(await loadOnce(browser, route));
      const wrong = loads.find((l) => !l.found || l.finalPath !== route.expectPath);
      if (wrong) {
        rows.push({
          name: route.name,
          notMeasured: `page did not show "${route.expectText}" (ended at ${wrong.finalPath})`,
        });
        continue;
      }
      rows.push({
        name: route.name,
        jsBudget: route.jsBudget,
        js: spread(loads.map((l) => l.js)),
        jsFirstView: spread(loads.map((l) => l.jsFirstView)),
        jsRaw: spread(loads.map((l) => l.jsRaw)),
        css: spread(loads.map((l) => l.css)),
        requests: loads[0]!.requests,
        largestScripts: loads[0]!.largestScripts,
      });
    }
  } finally {
    await browser.close();
  }
  return rows;
}
