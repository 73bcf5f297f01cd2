import path from 'node:path';

import Database from 'better-sqlite3';

import { Child } from '../lib/children';
import { signIn } from '../lib/session';
import { type Spread, spread } from '../lib/stats';

export interface ReportPlan {
  /** Cold syncs (each in a fresh BFF with an empty store), and as many download-only runs. */
  coldRuns: number;
  /** Warm summary queries per count mode. */
  queryRuns: number;
  /** Records per report-API page (the real API serves 100). */
  pageSize: number;
  /** Kiosk simulation: how long each phase watches, and the BFF's refresh interval. */
  kioskMs: number;
  kioskRefreshSeconds: number;
  kioskClients: number;
}

export interface ReportResult {
  records: number;
  devices: number;
  pageSize: number;
  coldMs: Spread;
  downloadMs: Spread;
  /** Median cold sync time over median download-and-parse time. */
  coldRatio: number;
  /** Each run's cold sync time over its own download-only pass (same process, same load). */
  coldRatios: Spread;
  fullPages: number;
  storeBytes: number;
  storeRecords: number;
  queryAllMs: Spread;
  queryLatestMs: Spread;
  /** Refresh after 1 % of the records changed: pages read, strict and with rotation. */
  refreshPages: number;
  refreshPagesRotating: number;
  rotation: number;
  changed: number;
  /** Open records (1, 2) upstream after the change, and devices whose newest record is open. */
  openAfter: number;
  newestOpenAfter: number;
  /**
   * The fewest pages any strict refresh can read: every open record must come back in some page,
   * and the newest window costs a page per 500 devices.
   */
  floorPages: number;
  /** The download-only pass's peak: what reading the same pages costs with nothing kept. */
  peakRssDownload: number;
  peakRssSync: number;
  peakRssQuery: number;
  /** Where the memory was at the cold sync's highest RSS (process.memoryUsage()). */
  syncAtPeak?: MemoryAtPeak;
  /** The BFF's RSS after start and a forced GC, before any sync. */
  idleRss?: number;
  kiosk: { oneClient: number; manyClients: number; clients: number; seconds: number };
}

export interface MemoryAtPeak {
  rss: number;
  heapTotal: number;
  heapUsed: number;
  external: number;
  arrayBuffers: number;
}

interface Reply {
  ms: number;
  peakRss: number;
  atPeak?: MemoryAtPeak;
  pages?: number;
  records?: number;
  storeBytes?: number;
  storeRecords?: number;
  /** How long the sync's reading waited for the ingest thread's writes. */
  writeWaitMs?: number;
}

const ROTATION = 16;
/** The kiosk phase's panel: a product of the large seed (20,000 devices, about 200,000 records). */
const KIOSK_PRODUCT = 'a1FleetGw03';
/**
 * Quick iterations: `BENCH_REPORT_DEVICES=20000` syncs only the seed's first devices (about ten
 * records each); `BENCH_REPORT_COLD_RUNS=3` repeats the cold sync and download pair.
 */
const DEVICES = Number(process.env.BENCH_REPORT_DEVICES) || Infinity;
const COLD_RUNS = Number(process.env.BENCH_REPORT_COLD_RUNS) || undefined;
const mb = (bytes: number) => Math.round(bytes / 1048576);
const breakdown = (m?: MemoryAtPeak) =>
  m
    ? `V8 heap ${mb(m.heapTotal)} MB of which used ${mb(m.heapUsed)}, external ${mb(m.external)} (array buffers ${mb(m.arrayBuffers)})`
    : 'no breakdown';
const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

/**
 * The report store on the emulator's large seed (100,000 devices, 1,000,000 records): cold sync
 * against download-only, warm answers, the pages a refresh reads after 1 % of the records changed,
 * the BFF's peak RSS, and many kiosk clients on one panel against one.
 */
export async function measureReport(
  emulatorUrl: string,
  emulatorDataDir: string,
  bffDataDir: (run: string) => string,
  plan: ReportPlan,
  log: (line: string) => void,
): Promise<ReportResult> {
  const file = path.join(emulatorDataDir, 'emulator.sqlite');
  const db = new Database(file, { readonly: true });
  const devices = (
    db.prepare('SELECT id, terminal_id FROM devices ORDER BY id').all() as Array<{
      id: number;
      terminal_id: string;
    }>
  ).slice(0, DEVICES);
  const ids = devices.map((row) => row.terminal_id);
  // The synced devices' records (all of them unless BENCH_REPORT_DEVICES narrows the run).
  const lastDevice = devices[devices.length - 1]?.id ?? 0;
  const directoryCsv = directoryOf(db, KIOSK_PRODUCT);
  const anchor = Number(
    (db.prepare("SELECT value FROM meta WHERE key = 'anchor'").get() as { value: string }).value,
  );
  db.close();
  const to = Math.floor(anchor / 1000) * 1000 + 1000;
  const from = to - 31 * 86_400_000;
  const bffOptions = { emulatorUrl, reportPageSize: plan.pageSize };

  const cold: Reply[] = [];
  const download: Reply[] = [];
  const queriesAll: Reply[] = [];
  const queriesLatest: Reply[] = [];
  let refresh: Reply | undefined;
  let refreshRotating: Reply | undefined;
  let changed = 0;
  let openAfter = 0;
  let newestOpenAfter = 0;
  const coldRuns = COLD_RUNS ?? plan.coldRuns;
  let idleRss = 0;
  for (let run = 0; run < coldRuns; run++) {
    const bff = await Child.start('bff', { ...bffOptions, dataDir: bffDataDir(`cold-${run}`) });
    try {
      const idle = await bff.ask<{ rss: number }>({ type: 'memory' });
      idleRss = Math.max(idleRss, idle.rss);
      log(`  BFF started: ${mb(idle.rss)} MB RSS after a forced GC`);
      const d = await bff.ask<Reply>({ type: 'report-download', ids, from, to });
      download.push(d);
      log(
        `  download and parse only: ${d.pages} pages in ${Math.round(d.ms)} ms, peak RSS ${Math.round(d.peakRss / 1048576)} MB`,
      );
      const c = await bff.ask<Reply>({ type: 'report-cold', ids, from });
      cold.push(c);
      log(
        `  cold sync: ${c.records} records, ${c.pages} pages in ${Math.round(c.ms)} ms (${(c.ms / d.ms).toFixed(2)}× the download; reading waited ${Math.round(c.writeWaitMs ?? NaN)} ms for writes), peak RSS ${Math.round(c.peakRss / 1048576)} MB (${breakdown(c.atPeak)}), store ${Math.round((c.storeBytes ?? 0) / 1048576)} MB`,
      );
      if (run > 0) continue;
      for (let i = 0; i < plan.queryRuns; i++) {
        for (const [count, list] of [
          ['all', queriesAll],
          ['latest', queriesLatest],
        ] as const) {
          const q = await bff.ask<Reply>({ type: 'report-query', ids, from, to, count });
          list.push(q);
          log(`  warm ${count}: ${Math.round(q.ms)} ms`);
        }
      }
      // 1 % of the records change: open records (waiting, downloading) move on, as devices report.
      const rw = new Database(file);
      changed = rw
        .prepare(
          `UPDATE reports SET status = 3, date_time = ? WHERE id IN
             (SELECT id FROM reports WHERE status IN (1, 2) AND device_id <= ? ORDER BY (id * 2654435761) % 1000003 LIMIT ?)`,
        )
        .run(anchor, lastDevice, Math.round(ids.length * 0.1)).changes;
      openAfter = (
        rw
          .prepare('SELECT COUNT(*) AS n FROM reports WHERE status IN (1, 2) AND device_id <= ?')
          .get(lastDevice) as {
          n: number;
        }
      ).n;
      newestOpenAfter = (
        rw
          .prepare(
            `SELECT COUNT(*) AS n FROM reports r WHERE r.status IN (1, 2) AND r.device_id <= ? AND NOT EXISTS
               (SELECT 1 FROM reports n WHERE n.device_id = r.device_id AND n.send_time > r.send_time)`,
          )
          .get(lastDevice) as { n: number }
      ).n;
      rw.close();
      log(
        `  open records after the change: ${openAfter}, ${newestOpenAfter} of them their device's newest`,
      );
      refresh = await bff.ask<Reply>({ type: 'report-refresh', ids, from, supersededEvery: 1 });
      log(`  refresh after ${changed} changes (every open record): ${refresh.pages} pages`);
      refreshRotating = await bff.ask<Reply>({
        type: 'report-refresh',
        ids,
        from,
        supersededEvery: ROTATION,
      });
      log(
        `  refresh (superseded open records every ${ROTATION}th): ${refreshRotating.pages} pages`,
      );
    } finally {
      await bff.stop();
    }
  }

  const kiosk = await kioskClients(emulatorUrl, bffDataDir('kiosk'), directoryCsv, plan, log);
  const coldMs = spread(cold.map((r) => r.ms));
  const downloadMs = spread(download.map((r) => r.ms));
  return {
    records: cold[0]?.records ?? 0,
    devices: ids.length,
    pageSize: plan.pageSize,
    coldMs,
    downloadMs,
    coldRatio: coldMs.median / downloadMs.median,
    coldRatios: spread(cold.map((r, i) => r.ms / (download[i]?.ms ?? NaN))),
    fullPages: cold[0]?.pages ?? 0,
    storeBytes: cold[0]?.storeBytes ?? 0,
    storeRecords: cold[0]?.storeRecords ?? 0,
    queryAllMs: spread(queriesAll.map((r) => r.ms)),
    queryLatestMs: spread(queriesLatest.map((r) => r.ms)),
    refreshPages: refresh?.pages ?? NaN,
    refreshPagesRotating: refreshRotating?.pages ?? NaN,
    rotation: ROTATION,
    changed,
    openAfter,
    newestOpenAfter,
    floorPages: Math.ceil(openAfter / plan.pageSize) + Math.ceil(ids.length / 500),
    peakRssDownload: Math.max(...download.map((r) => r.peakRss)),
    peakRssSync: Math.max(...cold.map((r) => r.peakRss)),
    peakRssQuery: Math.max(...[...queriesAll, ...queriesLatest].map((r) => r.peakRss)),
    syncAtPeak: cold.reduce((a, b) => (b.peakRss > a.peakRss ? b : a), cold[0]!)?.atPeak,
    idleRss,
    kiosk,
  };
}

/**
 * The product's devices ↔ report terminals of the large seed, as a directory CSV. A product's
 * devices meet their report terminals through the devices directory (src/bff/directory); the demo
 * directory the BFF imports on its first start maps the demo seed's terminals, not these.
 */
function directoryOf(db: Database.Database, productKey: string): string {
  const rows = db
    .prepare(
      'SELECT device_name, product_key, terminal_id, terminal_num FROM devices WHERE product_key = ? ORDER BY id',
    )
    .all(productKey) as Array<Record<string, string>>;
  return [
    'deviceName,productKey,terminalId,terminalNum',
    ...rows.map((r) => [r.device_name, r.product_key, r.terminal_id, r.terminal_num].join(',')),
  ].join('\n');
}

/** Imports the directory as a manager does (`POST /api/directory/import`). */
async function importDirectory(bffUrl: string, csv: string) {
  const cookie = await signIn(bffUrl);
  const response = await fetch(`${bffUrl}/api/directory/import`, {
    method: 'POST',
    headers: {
      'content-type': 'application/json',
      origin: bffUrl,
      cookie: `ota_session=${cookie}`,
    },
    body: JSON.stringify({ csv, fileName: 'bench-large-seed.csv' }),
  });
  const body = (await response.json().catch(() => ({}))) as Record<string, unknown>;
  if (!response.ok) throw new Error(`directory import: ${response.status} ${JSON.stringify(body)}`);
  const { lines, added, changed, refused } = body as Record<string, number>;
  if (refused) throw new Error(`directory import refused ${refused} of ${lines} lines`);
  return `${lines} lines, ${added} added, ${changed} changed`;
}

/** Kiosk clients as a screen runs them: a kiosk session, one summary, then the push stream. */
async function kioskClients(
  emulatorUrl: string,
  dataDir: string,
  directoryCsv: string,
  plan: ReportPlan,
  log: (line: string) => void,
) {
  const bff = await Child.start('bff', {
    emulatorUrl,
    dataDir,
    reportPageSize: plan.pageSize,
    kioskRefreshSeconds: plan.kioskRefreshSeconds,
  });
  const token = new URL(String(bff.ready.kioskUrl)).searchParams.get('token') ?? '';
  const panel = `productKey=${KIOSK_PRODUCT}&range=30d&pageSize=0`;
  const session = async () => {
    const response = await fetch(`${bff.url}/api/kiosk/session`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', origin: bff.url },
      body: JSON.stringify({ token }),
    });
    if (!response.ok) throw new Error(`kiosk session: ${response.status}`);
    // The session cookie and the link's own (the kiosk keeps itself signed in with both).
    return response.headers
      .getSetCookie()
      .map((c) => c.split(';')[0])
      .join('; ');
  };
  const pages = async () => (await bff.ask<{ pages: number }>({ type: 'report-pages' })).pages;
  const watch = async (clients: number) => {
    const cookies = await Promise.all(Array.from({ length: clients }, session));
    const controllers: AbortController[] = [];
    const before = await pages();
    await Promise.all(
      cookies.map(async (cookie) => {
        await fetch(`${bff.url}/api/reports/summary?${panel}`, { headers: { cookie } });
        const controller = new AbortController();
        controllers.push(controller);
        const response = await fetch(`${bff.url}/api/reports/stream?${panel}`, {
          headers: { cookie, accept: 'text/event-stream' },
          signal: controller.signal,
        });
        void response.body?.pipeTo(new WritableStream()).catch(() => undefined);
      }),
    );
    await sleep(plan.kioskMs);
    for (const c of controllers) c.abort();
    return (await pages()) - before;
  };
  try {
    const imported = await importDirectory(bff.url, directoryCsv);
    log(`  directory for ${KIOSK_PRODUCT} imported: ${imported}`);
    // Warm up: the panel's first sync, outside the counted phases.
    const cookie = await session();
    for (;;) {
      const response = await fetch(`${bff.url}/api/reports/summary?${panel}`, {
        headers: { cookie },
      });
      const body = (await response.json()) as { state?: string };
      if (!response.ok)
        throw new Error(`kiosk summary: ${response.status} ${JSON.stringify(body)}`);
      if (body.state === 'ready') break;
      await sleep(500);
    }
    // Both phases start alike: after a pause in which nobody watched the panel (its first summary
    // then starts a refresh at once, as it does for any panel nobody watched lately).
    await sleep(plan.kioskRefreshSeconds * 3000);
    const oneClient = await watch(1);
    log(`  1 kiosk client for ${plan.kioskMs / 1000} s: ${oneClient} upstream report pages`);
    await sleep(plan.kioskRefreshSeconds * 3000);
    const manyClients = await watch(plan.kioskClients);
    log(`  ${plan.kioskClients} kiosk clients: ${manyClients} upstream report pages`);
    return { oneClient, manyClients, clients: plan.kioskClients, seconds: plan.kioskMs / 1000 };
  } finally {
    await bff.stop();
  }
}
