import path from 'node:path';

import Database from 'better-sqlite3';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';

import type { ReportReady, ReportSummary } from '../../shared/contract/reports';
import { deviceSetOf } from '../report/sync/set-key';
import { type Harness, startHarness } from '../testing/harness';

const PRODUCT = 'a1AssetTrk1';
let h: Harness;
let db: Database.Database;
let cookie: string;
let from: string;
let to: string;

beforeAll(async () => {
  h = await startHarness({}, { reportTuning: { scheduler: false } });
  db = new Database(path.join(h.config.dataDir, 'emulator.sqlite'), { readonly: true });
  cookie = await h.login('viewer');
  const clock = (await (await fetch(`${h.emulator.url}/__emulator/clock`)).json()) as {
    now: string;
  };
  const now = Math.floor(Date.parse(clock.now) / 1000) * 1000;
  to = new Date(now).toISOString();
  from = new Date(now - 30 * 86_400_000).toISOString();
});
afterAll(async () => {
  db?.close();
  await h?.close();
});

/** Polls the summary until it is ready (it answers `pending` with progress meanwhile). */
async function summary(query: string): Promise<ReportReady> {
  return vi.waitFor(
    async () => {
      const response = await h.request('GET', `/api/reports/summary?${query}`, { cookie });
      expect(response.statusCode, response.body).toBe(200);
      const body = response.json() as ReportSummary;
      if (body.state !== 'ready') throw new Error(`not ready: ${JSON.stringify(body)}`);
      return body;
    },
    { timeout: 20_000, interval: 100 },
  );
}

const STATUS_KEYS: Record<number, string> = {
  [-1]: 'sendFailed',
  1: 'waiting',
  2: 'downloading',
  3: 'succeeded',
  4: 'failed',
};
function direct(whereDevices: string, params: unknown[], latest: boolean) {
  const range = [Date.parse(from), Date.parse(to) + 999];
  const inRange = `SELECT r.* FROM reports r WHERE r.device_id IN (${whereDevices}) AND r.send_time BETWEEN ? AND ?`;
  const sql = latest
    ? `SELECT status, COUNT(*) AS n FROM (SELECT status, ROW_NUMBER() OVER (PARTITION BY device_id ORDER BY send_time DESC, date_time DESC) AS k FROM (${inRange})) WHERE k = 1 GROUP BY status`
    : `SELECT status, COUNT(*) AS n FROM (${inRange}) GROUP BY status`;
  const counts: Record<string, number> = {
    sendFailed: 0,
    waiting: 0,
    downloading: 0,
    succeeded: 0,
    failed: 0,
  };
  for (const row of db.prepare(sql).all(...params, ...range) as Array<{
    status: number;
    n: number;
  }>) {
    counts[STATUS_KEYS[row.status] as string] = row.n;
  }
  return counts;
}

const productDevices = 'SELECT DISTINCT device_id FROM tasks WHERE product_key = ?';
const range = () => `from=${encodeURIComponent(from)}&to=${encodeURIComponent(to)}`;

describe('aggregation equals a direct count over the emulator’s records', () => {
  it('latest status per device, for a product’s devices', async () => {
    const body = await summary(`productKey=${PRODUCT}&${range()}&count=latest`);
    expect(body.counts).toEqual(direct(productDevices, [PRODUCT], true));
    expect(body.selected).toBe(body.devicesWithRecords);
    expect(Object.values(body.counts).every((n) => n > 0)).toBe(true);
  });

  it('every record, for a product’s devices, and the timeline adds up', async () => {
    const body = await summary(`productKey=${PRODUCT}&${range()}&count=all`);
    const counts = direct(productDevices, [PRODUCT], false);
    expect(body.counts).toEqual(counts);
    expect(body.records).toBe(Object.values(counts).reduce((a, b) => a + b, 0));
    const fromTimeline = body.timeline.reduce((sum, slot) => sum + slot.succeeded, 0);
    expect(fromTimeline).toBe(counts.succeeded);
    expect(body.bucket).toBe('day');
  });

  it('for pasted device ids, and for a job', async () => {
    const ids = (
      db.prepare('SELECT terminal_id FROM devices ORDER BY id LIMIT 40').all() as Array<{
        terminal_id: string;
      }>
    ).map((r) => r.terminal_id);
    const body = await summary(`ids=${ids.join('%0A')}&${range()}&count=all`);
    const where = `SELECT id FROM devices WHERE terminal_id IN (${ids.map(() => '?').join(',')})`;
    expect(body.counts).toEqual(direct(where, ids, false));
    expect(body.devices).toBe(40);

    const job = db
      .prepare('SELECT job_id FROM tasks GROUP BY job_id ORDER BY COUNT(*) DESC LIMIT 1')
      .get() as { job_id: string };
    const byJob = await summary(`jobId=${job.job_id}&${range()}&count=latest`);
    expect(byJob.counts).toEqual(
      direct('SELECT device_id FROM tasks WHERE job_id = ?', [job.job_id], true),
    );
  });
});

describe('rows', () => {
  it('pages and sorts on the server; past the end is empty', async () => {
    const q = `productKey=${PRODUCT}&${range()}&count=latest&sort=device&order=asc`;
    const first = await summary(`${q}&page=1&pageSize=7`);
    const second = await summary(`${q}&page=2&pageSize=7`);
    expect(first.rows.items).toHaveLength(7);
    const devices = [...first.rows.items, ...second.rows.items].map((r) => r.terminalId);
    expect(devices).toEqual([...devices].sort());
    expect(new Set(devices).size).toBe(14);
    const lastPage = Math.ceil(first.rows.total / 7);
    const last = await summary(`${q}&page=${lastPage}&pageSize=7`);
    expect(last.rows.items.length).toBe(first.rows.total - (lastPage - 1) * 7);
    const past = await summary(`${q}&page=${lastPage + 1}&pageSize=7`);
    expect(past.rows.items).toEqual([]);
    expect(past.rows.total).toBe(first.rows.total);
    const none = await summary(`${q}&pageSize=0`);
    expect(none.rows.items).toEqual([]);
  });

  it('shows a malformed upgradeInfo as its raw text and reads a good one', async () => {
    const bad = db
      .prepare(
        `SELECT d.terminal_id AS id, u.text FROM reports r JOIN devices d ON d.id = r.device_id JOIN upgrade_infos u ON u.id = r.info_id
         WHERE u.text NOT LIKE '{"TYPE":"0","MODE":"0","PROTOCOL":"1","VERSION":%}' AND r.send_time >= ? LIMIT 1`,
      )
      .get(Date.parse(from)) as { id: string; text: string };
    expect(bad).toBeDefined();
    const body = await summary(`ids=${bad.id}&${range()}&count=all&pageSize=50`);
    const raw = body.rows.items.find((r) => r.upgradeInfoRaw !== null);
    expect(raw).toMatchObject({ upgradeInfoRaw: bad.text, version: null });
    const good = body.rows.items.find((r) => r.upgradeInfoRaw === null);
    expect(good).toMatchObject({
      protocol: 'HTTP',
      mode: 'Whole package',
      version: expect.any(String),
      url: expect.stringMatching(/^http/),
    });
  });

  it('exports every selected record as CSV', async () => {
    const q = `productKey=${PRODUCT}&${range()}&count=all`;
    const body = await summary(q);
    const response = await h.request('GET', `/api/reports/export.csv?${q}`, { cookie });
    expect(response.statusCode).toBe(200);
    expect(response.headers['content-type']).toMatch(/text\/csv/);
    expect(response.headers['content-disposition']).toMatch(
      /^attachment; filename="upgrade-report-\d{8}T\d{4}Z-\d{8}T\d{4}Z\.csv"$/,
    );
    const lines = response.body.trim().split('\r\n');
    expect(lines).toHaveLength(body.records + 1);
    // Times stay in UTC, and the headers say so (issue 16 item 3).
    expect(lines[0]!.split(',').slice(-2)).toEqual(['Send time (UTC)', 'Last update (UTC)']);
    expect(lines[1]!.split(',').at(-2)).toMatch(/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(\.\d+)?Z$/);
    expect(lines.filter((line) => line.includes(',Succeeded,3,')).length).toBe(
      body.counts.succeeded,
    );
  });

  it('writes the CSV header, status names and modes in the language asked for (lang=, en by default)', async () => {
    const q = `productKey=${PRODUCT}&${range()}&count=all`;
    const body = await summary(q);
    const english = await h.request('GET', `/api/reports/export.csv?${q}&lang=en`, { cookie });
    const chinese = await h.request('GET', `/api/reports/export.csv?${q}&lang=zh-CN`, { cookie });
    const byDefault = await h.request('GET', `/api/reports/export.csv?${q}`, { cookie });
    expect(byDefault.body).toBe(english.body);
    const en = english.body
      .replace(/^\uFEFF/, '')
      .trim()
      .split('\r\n');
    const zh = chinese.body
      .replace(/^\uFEFF/, '')
      .trim()
      .split('\r\n');
    expect(en[0]).toBe(
      'Device name,Terminal id,Device number,Status,Status code,Version,URL,Protocol,Mode,Upgrade info (unreadable),Send time (UTC),Last update (UTC)',
    );
    expect(zh[0]).toBe(
      '设备名称,终端 ID,设备编号,状态,状态码,版本,URL,协议,升级方式,升级信息（无法解析）,发送时间（UTC）,最后更新（UTC）',
    );
    expect(zh).toHaveLength(en.length);
    expect(zh.filter((line) => line.includes(',成功,3,')).length).toBe(body.counts.succeeded);
    expect(zh.filter((line) => line.includes(',Succeeded,')).length).toBe(0);
    expect(zh.some((line) => line.includes(',整包,'))).toBe(true);
    // The same records in the same order: only the words differ.
    const values = (line: string) => line.split(',').filter((_, i) => i !== 3 && i !== 8);
    expect(zh.slice(1).map(values)).toEqual(en.slice(1).map(values));
  });

  it('refuses a language it does not speak with a stable code', async () => {
    const q = `productKey=${PRODUCT}&${range()}`;
    const response = await h.request('GET', `/api/reports/export.csv?${q}&lang=fr`, { cookie });
    expect(response.statusCode).toBe(400);
    const error = response.json() as { code: string; fieldErrors?: Record<string, string> };
    expect(error.code).toBe('ValidationFailed');
    expect(Object.keys(error.fieldErrors ?? {})).toEqual(['lang']);
  });
});

describe('the report API session and cache', () => {
  it('logs in again when the token expires, and the query still answers', async () => {
    const q = `productKey=${PRODUCT}&${range()}`;
    await summary(q);
    const before = h.app.reportClient.logins;
    await h.emulatorHook('/__emulator/report-tokens/expire', {});
    await h.app.reports.sync.sync(deviceSetOf({ productKey: PRODUCT, count: 'latest' }), 0).promise;
    const body = await summary(q);
    expect(body.selected).toBeGreaterThan(0);
    expect(body.syncError).toBeUndefined();
    expect(h.app.reportClient.logins).toBe(before + 1);
  });

  it('answers other pages, sorts and counts from the store without calling upstream', async () => {
    const q = `productKey=${PRODUCT}&${range()}`;
    await summary(q);
    const spy = vi.spyOn(h.app.reportClient, 'queryPage');
    await summary(`${q}&page=2&sort=status`);
    await summary(`${q}&count=all`);
    expect(spy).not.toHaveBeenCalled();
    spy.mockRestore();
  });

  it('answers progress while a slow range loads, then the figures', async () => {
    // 1,000-record pages read the product in one or two waves of calls: each must outlast the 1.5 s wait.
    await h.emulatorHook('/__emulator/faults', { latencyMs: 2000, scope: 'report' });
    try {
      // A product nobody asked for yet: its first sync runs while the request waits 1.5 s.
      const q = `productKey=a1DashCam02&${range()}`;
      const first = (
        await h.request('GET', `/api/reports/summary?${q}`, { cookie })
      ).json() as ReportSummary;
      expect(first.state).toBe('pending');
      const body = await summary(q);
      expect(body.selected).toBeGreaterThan(0);
    } finally {
      await h.emulatorHook('/__emulator/faults', { clear: true });
    }
  });

  it('serves the previous figures marked refreshing while a fresh aggregation runs', async () => {
    const q = `productKey=${PRODUCT}&${range()}`;
    const before = await summary(q);
    expect(before.refreshing).toBeUndefined();
    // Past the refresh interval (30 s), with a report API slower than the 1.5 s the summary waits.
    const realNow = Date.now.bind(Date);
    const now = vi.spyOn(Date, 'now').mockImplementation(() => realNow() + 40_000);
    await h.emulatorHook('/__emulator/faults', { latencyMs: 2000, scope: 'report' });
    try {
      const during = (
        await h.request('GET', `/api/reports/summary?${q}`, { cookie })
      ).json() as ReportReady;
      expect(during).toMatchObject({ state: 'ready', refreshing: true });
      expect(during.generatedAt).toBe(before.generatedAt);
      await h.emulatorHook('/__emulator/faults', { clear: true });
      const after = await vi.waitFor(
        async () => {
          const body = (
            await h.request('GET', `/api/reports/summary?${q}`, { cookie })
          ).json() as ReportReady;
          if (body.refreshing) throw new Error('still refreshing');
          return body;
        },
        { timeout: 20_000, interval: 200 },
      );
      expect(after.generatedAt).not.toBe(before.generatedAt);
    } finally {
      now.mockRestore();
      await h.emulatorHook('/__emulator/faults', { clear: true });
    }
  });

  it('retries a page the report API failed once', async () => {
    await h.emulatorHook('/__emulator/faults', { status5xx: 1, malformedJson: 1, scope: 'report' });
    const body = await summary(`productKey=${PRODUCT}&${range()}`);
    expect(body.selected).toBeGreaterThan(0);
  });

  it('refuses bad filters with field errors', async () => {
    const noDevices = await h.request('GET', `/api/reports/summary?${range()}`, { cookie });
    expect(noDevices.statusCode).toBe(400);
    expect(noDevices.json().fieldErrors).toHaveProperty('ids');
    const backwards = await h.request(
      'GET',
      `/api/reports/summary?productKey=${PRODUCT}&from=${encodeURIComponent(to)}&to=${encodeURIComponent(from)}`,
      { cookie },
    );
    expect(backwards.statusCode).toBe(400);
    const unknown = await h.request('GET', `/api/reports/summary?ids=NOSUCHDEVICE&${range()}`, {
      cookie,
    });
    // Issue 16 item 8: the known ids are reported on, the unknown ones listed.
    expect(unknown.statusCode).toBe(200);
    expect(unknown.json()).toMatchObject({
      state: 'ready',
      devices: 0,
      unknownIds: ['NOSUCHDEVICE'],
    });
  });
});
