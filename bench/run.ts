/**
 * `npm run bench`: builds the console and the floor app, starts the emulator and the BFF as separate
 * processes on 127.0.0.1, runs every benchmark and writes BENCHMARKS.md.
 * `BENCH_QUICK=1` runs each figure fewer times; `BENCH_ONLY=bundle,lighthouse,viewers,kiosk,report`
 * runs a subset: the other suites' sections and budget rows are kept from BENCHMARKS.md as it was.
 */
import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

import { buildConsole, buildFloor } from './lib/build';
import { Child } from './lib/children';
import { type BenchResults, keepSkippedSections, renderMarkdown } from './lib/markdown';
import { benchPages } from './lib/pages';
import { DEMO_PRODUCT, signIn } from './lib/session';
import { serveStatic } from './lib/static-server';
import { readVersions } from './lib/versions';
import { measureBundles } from './suites/bundle';
import { measureKiosk } from './suites/kiosk';
import { measureLighthouse, REPORTS_WARM } from './suites/lighthouse';
import { measureReport } from './suites/report';
import { measureUpstreamPerViewer } from './suites/upstream-per-viewer';

const ROOT = fileURLToPath(new URL('..', import.meta.url));
const QUICK = process.env.BENCH_QUICK === '1';
const ONLY = process.env.BENCH_ONLY?.split(',').map((s) => s.trim());
const wants = (suite: string) => !ONLY || ONLY.includes(suite);
const SUITES = ['bundle', 'lighthouse', 'viewers', 'kiosk', 'report'] as const;

/** Refreshes a kiosk makes in a day at its default 30 s interval. */
const KIOSK_CYCLES_PER_DAY = (24 * 3600) / 30;

const PLAN = {
  bundleRuns: 3,
  lighthouseRuns: QUICK ? 1 : 3,
  // Viewers opening the same signed-in pages at once, each round on a fresh emulator and BFF.
  viewers: { counts: QUICK ? [1, 5] : [1, 10] },
  // A week of the default 30 s refresh, compressed into 5 s page-clock steps; judged from day 1 on.
  // Twice a day the session lapses and the network drops (push streams are refused with 401 on
  // their reconnect), as a wall screen meets over weeks.
  kiosk: {
    refreshSeconds: 5,
    cycles: QUICK ? 720 : 7 * KIOSK_CYCLES_PER_DAY,
    runs: 1,
    checkpointEvery: QUICK ? 120 : KIOSK_CYCLES_PER_DAY / 2,
    settleAfter: QUICK ? 240 : KIOSK_CYCLES_PER_DAY,
    lapseEvery: QUICK ? 180 : KIOSK_CYCLES_PER_DAY / 2,
    timeBoxMs: QUICK ? 480_000 : 1_500_000,
  },
  // The 1,000,000-record seed at the real API's 100 records a page; the kiosk phases last 5 minutes.
  report: {
    coldRuns: QUICK ? 1 : 2,
    queryRuns: QUICK ? 3 : 7,
    pageSize: 100,
    kioskMs: QUICK ? 60_000 : 300_000,
    kioskRefreshSeconds: QUICK ? 10 : 30,
    kioskClients: 50,
  },
};

/** Set by the report page when its figures are on screen (src/app/routes/reports.tsx). */
const REPORT_FIGURES_MARK = 'report-figures-shown';

/** Waits until the report store answers the page's report from what it holds. */
async function warmReportStore(bffUrl: string, cookie: string, search: string) {
  const deadline = Date.now() + 180_000;
  for (;;) {
    const response = await fetch(`${bffUrl}/api/reports/summary${search}`, {
      headers: { cookie: `ota_session=${cookie}`, accept: 'application/json' },
    });
    const body = (await response.json().catch(() => ({}))) as { state?: string };
    if (response.ok && body.state === 'ready') return;
    if (Date.now() > deadline) {
      throw new Error(`the report store was not ready in 180 s (${response.status})`);
    }
    await new Promise((resolve) => setTimeout(resolve, 1000));
  }
}

const t0 = Date.now();
const log = (line: string) =>
  process.stdout.write(`[${((Date.now() - t0) / 1000).toFixed(0).padStart(4)} s] ${line}\n`);

/** Runs a suite; a failure becomes "not measured: reason" in the table instead of ending the run. */
async function attempt<T>(name: string, run: () => Promise<T>): Promise<T | { error: string }> {
  if (!wants(name)) return { error: 'skipped in this run (BENCH_ONLY)' };
  log(`${name}…`);
  const started = Date.now();
  try {
    const result = await run();
    log(`${name} done in ${Math.round((Date.now() - started) / 1000)} s`);
    return result;
  } catch (error) {
    const message = (error as Error).message?.split('\n')[0] ?? String(error);
    log(`${name} not measured: ${message}`);
    return { error: message };
  }
}

async function main() {
  const tmp = await mkdtemp(path.join(os.tmpdir(), 'ota-bench-'));
  const children: Child[] = [];
  const stopAll = () => Promise.all(children.splice(0).map((c) => c.stop()));
  const results: Partial<BenchResults> = {
    plan: PLAN,
    quick: QUICK,
    loadBefore: os.loadavg()[0],
  };
  try {
    log('building the console and the floor app…');
    await buildConsole(path.join(tmp, 'console'));
    await buildFloor(path.join(tmp, 'floor'));
    const floor = await serveStatic(path.join(tmp, 'floor'));

    const emulator = await Child.start('emulator', { dataDir: path.join(tmp, 'emulator-demo') });
    children.push(emulator);
    const bff = await Child.start('bff', {
      dataDir: path.join(tmp, 'bff-demo'),
      emulatorUrl: emulator.url,
      staticDir: path.join(tmp, 'console'),
      kioskRefreshSeconds: PLAN.kiosk.refreshSeconds,
    });
    children.push(bff);
    const cookie = await signIn(bff.url);
    log(`emulator ${emulator.url}, BFF ${bff.url}`);

    // Every page of the targets (issue 18): the floor app, /login, each list page, /reports, /kiosk.
    const pages = benchPages({
      floorUrl: floor.url,
      bffUrl: bff.url,
      kioskUrl: String(bff.ready.kioskUrl),
      product: DEMO_PRODUCT,
    });
    const session = { name: 'ota_session', value: cookie };
    results.bundle = await attempt('bundle', () =>
      measureBundles(
        pages.map((page) => ({
          ...page,
          cookie: page.signedIn ? session : undefined,
          firstViewMark: page.name === '/reports' ? REPORT_FIGURES_MARK : undefined,
        })),
        PLAN.bundleRuns,
      ),
    );

    results.lighthouse = await attempt('lighthouse', async () => {
      const reports = pages.find((page) => page.name === '/reports')!;
      // The report store answers the report's figures from what it has read (issue 13); fill it
      // first, so /reports is measured as a returning user sees it.
      await warmReportStore(bff.url, cookie, new URL(reports.url).search);
      return measureLighthouse(
        [
          ...pages.map((page) => ({
            ...page,
            cookie: page.signedIn ? `ota_session=${cookie}` : undefined,
            userTiming: page === reports ? REPORT_FIGURES_MARK : undefined,
          })),
          {
            ...reports,
            name: REPORTS_WARM,
            cookie: `ota_session=${cookie}`,
            formFactors: ['desktop'],
            throttlingMethod: 'devtools',
            userTiming: REPORT_FIGURES_MARK,
          },
        ],
        PLAN.lighthouseRuns,
        log,
      );
    });
    await floor.close();

    results.viewers = await attempt('viewers', () =>
      measureUpstreamPerViewer(
        async () => {
          const dir = await mkdtemp(path.join(tmp, 'viewers-'));
          const quotaEmulator = await Child.start('emulator', {
            dataDir: path.join(dir, 'emulator'),
            realQuota: true,
          });
          const quotaBff = await Child.start('bff', {
            dataDir: path.join(dir, 'bff'),
            emulatorUrl: quotaEmulator.url,
            staticDir: path.join(tmp, 'console'),
            realQuota: true,
          }).catch(async (error: unknown) => {
            await quotaEmulator.stop();
            throw error;
          });
          return {
            emulatorUrl: quotaEmulator.url,
            bffUrl: quotaBff.url,
            signIn: () => signIn(quotaBff.url),
            stop: async () => {
              await quotaBff.stop();
              await quotaEmulator.stop();
            },
          };
        },
        (bffUrl) =>
          benchPages({ floorUrl: '', bffUrl, kioskUrl: '', product: DEMO_PRODUCT }).filter(
            (page) => page.signedIn,
          ),
        PLAN.viewers.counts,
        log,
      ),
    );

    results.kiosk = await attempt('kiosk', () =>
      measureKiosk(bff, String(bff.ready.kioskUrl), PLAN.kiosk, log),
    );
    await stopAll();

    results.report = await attempt('report', async () => {
      log('seeding the large emulator world once (100,000 devices, 1,000,000 records)…');
      const seedStarted = Date.now();
      const dataDir = path.join(tmp, 'emulator-large');
      const large = await Child.start('emulator', { dataDir, scale: 'large' }, 600_000);
      children.push(large);
      log(`seeded in ${Math.round((Date.now() - seedStarted) / 1000)} s`);
      return measureReport(
        large.url,
        dataDir,
        (run) => path.join(tmp, `bff-report-${run}`),
        PLAN.report,
        log,
      );
    });
    await stopAll();

    results.loadAfter = os.loadavg()[0];
    results.versions = await readVersions();
    results.date = new Date().toISOString();
    results.totalSeconds = (Date.now() - t0) / 1000;
    const file = path.join(ROOT, 'BENCHMARKS.md');
    const previous = await readFile(file, 'utf8').catch(() => '');
    // A partial run (BENCH_ONLY) keeps the other suites' sections from the file as it was.
    const skipped = ONLY ? SUITES.filter((suite) => !wants(suite)) : [];
    const markdown = keepSkippedSections(
      renderMarkdown(results as BenchResults),
      previous,
      skipped,
    );
    await writeFile(file, markdown);
    log(`wrote BENCHMARKS.md (${Math.round(results.totalSeconds)} s in all)`);
    process.stdout.write(`\n${markdown}`);
  } finally {
    await stopAll();
    await rm(tmp, { recursive: true, force: true });
  }
}

main().then(
  () => process.exit(0),
  (error: unknown) => {
    process.stderr.write(`bench failed: ${(error as Error).stack ?? String(error)}\n`);
    process.exit(1);
  },
);
