import path from 'node:path';

import Database from 'better-sqlite3';
import type { FastifyInstance } from 'fastify';
import { sql } from 'kysely';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';

import type { ReportReady, ReportSummary } from '../../shared/contract/reports';
import { buildApp } from '../app';
import { type Harness, startHarness } from '../testing/harness';
import { SqlReportStore } from './store/sql-report-store';
import { deviceSetOf } from './sync/set-key';

/**
 * The report store against the emulator over HTTP: what a refresh reads, what it shows, and what
 * survives outages and restarts. The scheduler is off; each test drives refreshes itself.
 */
const DAY = 86_400_000;
let h: Harness;
let emu: Database.Database;
let cookie: string;

beforeAll(async () => {
  h = await startHarness({}, { reportTuning: { scheduler: false } });
  // Read-write: the tests change the upstream's records as a device would.
  emu = new Database(path.join(h.config.dataDir, 'emulator.sqlite'));
  cookie = await h.login('viewer');
});
afterAll(async () => {
  emu?.close();
  await h?.close();
});

async function get(app: FastifyInstance, query: string): Promise<ReportSummary> {
  const response = await app.inject({
    method: 'GET',
    url: `/api/reports/summary?${query}`,
    headers: { cookie },
  });
  expect(response.statusCode, response.body).toBe(200);
  return response.json() as ReportSummary;
}

async function ready(query: string, app = h.app): Promise<ReportReady> {
  for (let i = 0; i < 300; i++) {
    const body = await get(app, query);
    if (body.state === 'ready' && !body.refreshing) return body;
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
  throw new Error('never ready');
}

const range30d = () => {
  const to = Math.floor(Date.now() / 1000) * 1000;
  return `from=${new Date(to - 30 * DAY).toISOString()}&to=${new Date(to + 3_600_000).toISOString()}`;
};

/** Terminal ids of the first `n` devices (by emulator id) from `offset`. */
const terminals = (n: number, offset = 0) =>
  (
    emu
      .prepare('SELECT terminal_id FROM devices ORDER BY id LIMIT ? OFFSET ?')
      .all(n, offset) as Array<{
      terminal_id: string;
    }>
  ).map((row) => row.terminal_id);

async function refresh(ids: string[]) {
  const set = deviceSetOf({ ids: ids.join(','), count: 'all' });
  await h.app.reports.sync.sync(set, Date.now() - 30 * DAY).promise;
  return h.app.reports.sync.stats.get(set.key)!;
}

describe('incremental sync', () => {
  it('shows a status change 20 days back and a new record after one refresh', async () => {
    // An open record (waiting or downloading) about 20 days old, and its device's neighbours.
    const open = emu
      .prepare(
        `SELECT r.id, d.terminal_id, d.id AS device FROM reports r JOIN devices d ON d.id = r.device_id
         WHERE r.status IN (1, 2) AND r.send_time BETWEEN ? AND ? ORDER BY r.id LIMIT 1`,
      )
      .get(Date.now() - 21 * DAY, Date.now() - 19 * DAY) as {
      id: number;
      terminal_id: string;
      device: number;
    };
    expect(open).toBeDefined();
    const ids = [open.terminal_id, ...terminals(30, 500)];
    const q = `ids=${ids.join(',')}&${range30d()}&count=all`;
    const before = await ready(q);

    emu
      .prepare('UPDATE reports SET status = 3, date_time = ? WHERE id = ?')
      .run(Date.now(), open.id);
    const sent = Date.now() - 1000;
    emu
      .prepare(
        'INSERT INTO reports (device_id, task_id, info_id, status, send_time, date_time) SELECT ?, NULL, info_id, 4, ?, ? FROM reports WHERE id = ?',
      )
      .run(open.device, sent, sent, open.id);

    const stats = await refresh(ids);
    expect(stats.kind).toBe('refresh');
    const after = await ready(q);
    expect(after.records).toBe(before.records + 1);
    expect(after.counts.succeeded).toBe(before.counts.succeeded + 1);
    expect(after.counts.failed).toBe(before.counts.failed + 1);
    const wasOpen = before.counts.waiting + before.counts.downloading;
    expect(after.counts.waiting + after.counts.downloading).toBe(wasOpen - 1);
  });

  it('reads only the newest window when nothing changed (and open windows only when they exist)', async () => {
    // Devices whose records in the range are all final: a refresh is one page per id chunk.
    const closed = (
      emu
        .prepare(
          `SELECT d.terminal_id FROM devices d WHERE NOT EXISTS (SELECT 1 FROM reports r
             WHERE r.device_id = d.id AND r.status IN (1, 2)) ORDER BY d.id LIMIT 60`,
        )
        .all() as Array<{ terminal_id: string }>
    ).map((row) => row.terminal_id);
    expect(closed.length).toBe(60);
    const q = `ids=${closed.join(',')}&${range30d()}`;
    await ready(q);
    const first = h.app.reports.sync.stats.get(
      deviceSetOf({ ids: closed.join(','), count: 'all' }).key,
    )!;
    expect(first.kind).toBe('first');
    const stats = await refresh(closed);
    expect(stats.windows).toEqual({ newest: 1, open: 0, newDevices: 0, backfill: 0 });
    expect(stats.pages).toBe(1);
    expect(stats.records).toBe(0);

    // With open records, a refresh reads their windows too, and still far less than the first sync.
    const mixed = terminals(200, 0);
    await ready(`ids=${mixed.join(',')}&${range30d()}`);
    const full = h.app.reports.sync.stats.get(
      deviceSetOf({ ids: mixed.join(','), count: 'all' }).key,
    )!;
    const again = await refresh(mixed);
    expect(again.windows.newest).toBe(1);
    expect(again.windows.open).toBeGreaterThan(0);
    expect(again.records).toBeLessThan(full.records / 2);
  });

  it('two concurrent viewers of a new set cause one sync', async () => {
    const starts: string[] = [];
    const listener = (change: { key: string; what: string }) => {
      if (change.what === 'started') starts.push(change.key);
    };
    h.app.reports.sync.on('change', listener);
    try {
      const before = h.app.reports.sync.pagesRead;
      const q = `firmwareId=${firmwareOf('a1FleetGw03')}&${range30d()}`;
      const [a, b] = await Promise.all([ready(q), ready(q)]);
      expect(a.counts).toEqual(b.counts);
      expect(starts).toHaveLength(1);
      const key = deviceSetOf({ firmwareId: firmwareOf('a1FleetGw03'), count: 'latest' }).key;
      expect(h.app.reports.sync.pagesRead - before).toBe(h.app.reports.sync.stats.get(key)!.pages);
    } finally {
      h.app.reports.sync.off('change', listener);
    }
  });
});

function firmwareOf(productKey: string) {
  return (
    emu
      .prepare(
        'SELECT firmware_id FROM tasks WHERE product_key = ? GROUP BY firmware_id ORDER BY COUNT(*) DESC LIMIT 1',
      )
      .get(productKey) as { firmware_id: string }
  ).firmware_id;
}

describe('outages and restarts', () => {
  it('keeps the old figures during a report outage and marks them stale', async () => {
    const ids = terminals(25, 700);
    const q = `ids=${ids.join(',')}&${range30d()}`;
    const before = await ready(q);
    await h.emulatorHook('/__emulator/faults', { status5xx: 1000, scope: 'report' });
    try {
      await expect(refresh(ids)).rejects.toThrow();
      const during = await ready(q);
      expect(during.counts).toEqual(before.counts);
      expect(during.stale).toBe(true);
      expect(during.syncError).toMatchObject({ code: 'UpstreamUnavailable' });
      expect(during.syncedAt).toBe(before.syncedAt);
    } finally {
      await h.emulatorHook('/__emulator/faults', { clear: true });
    }
    await refresh(ids);
    const after = await ready(q);
    expect(after.stale).toBeUndefined();
    expect(after.syncError).toBeUndefined();
  });

  it('keeps the old figures when the store cannot write a page, and says the sync failed', async () => {
    const ids = terminals(25, 1500);
    const q = `ids=${ids.join(',')}&${range30d()}&count=all`;
    const before = await ready(q);
    // Open records (a refresh reads them again) change; one of them to what the store cannot
    // keep (a status that is no number).
    const rows = emu
      .prepare(
        `SELECT r.id, r.status FROM reports r JOIN devices d ON d.id = r.device_id
         WHERE d.terminal_id IN (${ids.map(() => '?').join(',')}) AND r.status IN (1, 2)
         ORDER BY r.id LIMIT 3`,
      )
      .all(...ids) as Array<{ id: number; status: number }>;
    const [bad, ...others] = rows;
    const setStatus = emu.prepare('UPDATE reports SET status = ? WHERE id = ?');
    expect(others).toHaveLength(2);
    for (const row of others) setStatus.run(3, row.id);
    setStatus.run('x', bad!.id);
    try {
      await expect(refresh(ids)).rejects.toThrow(/could not keep the records/);
      const during = await ready(q);
      // The whole batch is undone: the records that did change are not counted either.
      expect(during.counts).toEqual(before.counts);
      expect(during.stale).toBe(true);
      expect(during.syncError).toMatchObject({ code: 'ConsoleInternalError' });
      expect(during.syncedAt).toBe(before.syncedAt);
    } finally {
      setStatus.run(bad!.status, bad!.id);
    }
    // The store's writer goes on: the next refresh lands the changes.
    await refresh(ids);
    const after = await ready(q);
    expect(after.syncError).toBeUndefined();
    expect(after.records).toBe(before.records);
    expect(after.counts).not.toEqual(before.counts);
  });

  it('names the upstream RequestId when resolving the devices fails', async () => {
    const product = 'a1DashCam02';
    const q = `productKey=${product}&${range30d()}`;
    const before = await ready(q);
    await h.emulatorHook('/__emulator/faults', { status5xx: 1000, scope: 'rpc' });
    try {
      // Devices are resolved again once they are older than resolveEveryMs (10 min): force it.
      const set = deviceSetOf({ productKey: product, count: 'latest' });
      await h.app.db
        .updateTable('report_sets')
        .set({ resolved_at: 0 })
        .where('set_key', '=', set.key)
        .execute();
      h.app.reportSources.clearCache();
      await expect(h.app.reports.sync.sync(set, 0).promise).rejects.toThrow();
      const during = await ready(q);
      expect(during.counts).toEqual(before.counts);
      expect(during.stale).toBe(true);
      expect(during.syncError?.requestId).toMatch(/^[0-9A-F-]{36}$/);
    } finally {
      await h.emulatorHook('/__emulator/faults', { clear: true });
    }
  });

  it('keeps the figures across a restart, with their age, while the upstream is down', async () => {
    const ids = terminals(20, 900);
    const q = `ids=${ids.join(',')}&${range30d()}&count=all`;
    const before = await ready(q);
    await h.emulatorHook('/__emulator/faults', { status5xx: 1000, scope: 'all' });
    const restarted = await buildApp(h.config, {
      logger: false,
      reportTuning: { scheduler: false },
    });
    try {
      await restarted.ready();
      const response = await restarted.inject({
        method: 'POST',
        url: '/api/auth/login',
        headers: { 'content-type': 'application/json' },
        payload: JSON.stringify({ username: 'viewer', password: 'viewer' }),
      });
      const fresh = String(
        [response.headers['set-cookie']].flat().find((c) => c?.startsWith('ota_session=')),
      ).split(';')[0]!;
      const answer = await restarted.inject({
        method: 'GET',
        url: `/api/reports/summary?${q}`,
        headers: { cookie: fresh },
      });
      const after = answer.json() as ReportReady;
      expect(after.state).toBe('ready');
      expect(after.counts).toEqual(before.counts);
      expect(after.records).toBe(before.records);
      expect(after.syncedAt).toBe(before.syncedAt);
      expect(after.ageSeconds).toBeGreaterThanOrEqual(0);
    } finally {
      await h.emulatorHook('/__emulator/faults', { clear: true });
      await restarted.close();
    }
  });
});

describe('the store writer', () => {
  const indexed = async () =>
    (await sql`SELECT name FROM sqlite_master WHERE name = 'report_records_sent'`.execute(h.app.db))
      .rows.length === 1;

  it('writes in a thread of its own and stops with the BFF', async () => {
    const ids = terminals(10, 1700);
    const app = await buildApp(h.config, { logger: false, reportTuning: { scheduler: false } });
    try {
      await app.ready();
      expect(app.reportIngest.running).toBe(false);
      const set = deviceSetOf({ ids: ids.join(','), count: 'all' });
      await app.reports.sync.sync(set, Date.now() - 30 * DAY).promise;
      expect(app.reports.sync.stats.get(set.key)?.records).toBeGreaterThan(0);
      expect(app.reportIngest.running).toBe(true);
    } finally {
      await app.close();
    }
    expect(app.reportIngest.running).toBe(false);
    // What it wrote is in the store the shared BFF reads.
    const answer = await ready(`ids=${ids.join(',')}&${range30d()}&count=all`);
    expect(answer.records).toBeGreaterThan(0);
  });

  it('writes a first sync as a load (send-time index built at its end), a refresh as writes', async () => {
    const beginLoad = SqlReportStore.prototype.beginLoad;
    let indexedDuringLoad: boolean | undefined;
    const load = vi.spyOn(SqlReportStore.prototype, 'beginLoad').mockImplementation(async function (
      this: SqlReportStore,
    ) {
      const end = await beginLoad.call(this);
      indexedDuringLoad = await indexed();
      return end;
    });
    try {
      const ids = terminals(10, 1800);
      const set = deviceSetOf({ ids: ids.join(','), count: 'all' });
      await h.app.reports.sync.sync(set, Date.now() - 30 * DAY).promise;
      expect(load).toHaveBeenCalledTimes(1);
      expect(indexedDuringLoad).toBe(false);
      expect(await indexed()).toBe(true);
      await h.app.reports.sync.sync(set, Date.now() - 30 * DAY).promise;
      expect(load).toHaveBeenCalledTimes(1);
    } finally {
      load.mockRestore();
    }
  });

  it('builds the send-time index at start when a BFF stopped during a first load left it out', async () => {
    await sql`DROP INDEX report_records_sent`.execute(h.app.db);
    expect(await indexed()).toBe(false);
    const app = await buildApp(h.config, { logger: false, reportTuning: { scheduler: false } });
    try {
      await app.ready();
      expect(await indexed()).toBe(true);
    } finally {
      await app.close();
    }
  });
});

describe('retention and export', () => {
  it('the CSV of a range equals a direct count in the emulator', async () => {
    const ids = terminals(50, 1200);
    const to = Math.floor(Date.now() / 1000) * 1000;
    const from = to - 12 * DAY;
    const q = `ids=${ids.join(',')}&from=${new Date(from).toISOString()}&to=${new Date(to).toISOString()}&count=all`;
    await ready(q);
    const csv = await h.request('GET', `/api/reports/export.csv?${q}`, { cookie });
    expect(csv.statusCode).toBe(200);
    const lines = csv.body
      .replace(/^\uFEFF/, '')
      .trim()
      .split('\r\n')
      .slice(1);
    const direct = emu
      .prepare(
        `SELECT r.status, COUNT(*) AS n FROM reports r JOIN devices d ON d.id = r.device_id
         WHERE d.terminal_id IN (${ids.map(() => '?').join(',')}) AND r.send_time BETWEEN ? AND ? GROUP BY r.status`,
      )
      .all(...ids, from, to + 999) as Array<{ status: number; n: number }>;
    const total = direct.reduce((sum, row) => sum + row.n, 0);
    expect(lines).toHaveLength(total);
    for (const row of direct) {
      // Columns: device name, terminal id, device number, status, status code, …
      expect(lines.filter((line) => line.split(',')[4] === String(row.status))).toHaveLength(row.n);
    }
  });

  it('prunes records older than REPORT_RETENTION_DAYS', async () => {
    const ids = terminals(30, 1500);
    const q = `ids=${ids.join(',')}&${range30d()}&count=all`;
    const before = await ready(q);
    const older = async (app: FastifyInstance) =>
      Number(
        (
          await app.db
            .selectFrom('report_records')
            .select((eb) => eb.fn.countAll<number>().as('n'))
            .where('sent_at', '<', Date.now() - 10 * DAY)
            .executeTakeFirstOrThrow()
        ).n,
      );
    expect(await older(h.app)).toBeGreaterThan(0);
    // The same store, restarted with a 10-day retention: the scheduler's round prunes.
    const config = { ...h.config, reportSync: { ...h.config.reportSync, retentionDays: 10 } };
    const app = await buildApp(config, { logger: false, reportTuning: { scheduler: false } });
    try {
      await app.ready();
      await app.reports.tick();
      expect(await older(app)).toBe(0);
      const after = await ready(q, app);
      expect(after.records).toBeGreaterThan(0);
      expect(after.records).toBeLessThan(before.records);
    } finally {
      await app.close();
    }
  });
});
