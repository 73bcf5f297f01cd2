import path from 'node:path';

import Database from 'better-sqlite3';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';

import type { ReportStuck, ReportStuckReady } from '../../shared/contract/report-stuck';
import { type Harness, startHarness } from '../testing/harness';

const PRODUCT = 'a1AssetTrk1';
const HOURS = 6;
let h: Harness;
let db: Database.Database;
let cookie: string;

beforeAll(async () => {
  h = await startHarness({}, { reportTuning: { scheduler: false } });
  db = new Database(path.join(h.config.dataDir, 'emulator.sqlite'), { readonly: true });
  cookie = await h.login('viewer');
});
afterAll(async () => {
  db?.close();
  await h?.close();
});

async function stuck(query: string): Promise<ReportStuckReady> {
  return vi.waitFor(
    async () => {
      const response = await h.request('GET', `/api/reports/stuck?${query}`, { cookie });
      expect(response.statusCode, response.body).toBe(200);
      const body = response.json() as ReportStuck;
      if (body.state !== 'ready') throw new Error(`not ready: ${JSON.stringify(body)}`);
      return body;
    },
    { timeout: 20_000, interval: 100 },
  );
}

/**
 * Straight from the emulator's database: the product's devices whose newest record of the last 30
 * days is 1 or 2 and has not changed for `HOURS`, with their name and since when, longest first.
 */
function directStuck(now: number) {
  return db
    .prepare(
      `SELECT d.device_name AS deviceName, d.terminal_id AS terminalId, l.status, l.date_time AS since
       FROM (SELECT device_id, status, date_time,
               ROW_NUMBER() OVER (PARTITION BY device_id ORDER BY send_time DESC, date_time DESC) AS k
             FROM reports
             WHERE device_id IN (SELECT DISTINCT device_id FROM tasks WHERE product_key = ?)
               AND send_time BETWEEN ? AND ?) l
       JOIN devices d ON d.id = l.device_id
       WHERE l.k = 1 AND l.status IN (1, 2) AND l.date_time < ?
       ORDER BY l.date_time ASC, d.terminal_id ASC`,
    )
    .all(
      PRODUCT,
      Math.floor(now / 1000) * 1000 - 30 * 86_400_000,
      now,
      now - HOURS * 3_600_000,
    ) as Array<{
    deviceName: string;
    terminalId: string;
    status: number;
    since: number;
  }>;
}

describe('GET /api/reports/stuck', () => {
  it('lists exactly the devices the emulator holds as stuck, by device name, longest first', async () => {
    const before = directStuck(Date.now());
    const first = await stuck(`productKey=${PRODUCT}&range=30d&stuckHours=${HOURS}&pageSize=200`);
    const after = directStuck(Date.now());
    // The threshold moves with the clock: the answer lies between the counts either side of it.
    expect(first.total).toBeGreaterThan(0);
    expect(first.total).toBeGreaterThanOrEqual(before.length);
    expect(first.total).toBeLessThanOrEqual(after.length);
    expect(first.hours).toBe(HOURS);
    const expected = first.total === before.length ? before : after;
    expect(first.items.map((d) => d.terminalId)).toEqual(
      expected.slice(0, 200).map((d) => d.terminalId),
    );
    for (const [i, item] of first.items.entries()) {
      const want = expected[i]!;
      expect(item.deviceName).toBe(want.deviceName);
      expect([1, 2]).toContain(item.status);
      expect(item.status).toBe(want.status);
      expect(Date.parse(item.since)).toBe(want.since);
      expect(item.stuckSeconds).toBeGreaterThanOrEqual(HOURS * 3600);
    }
    // Longest stuck first.
    const seconds = first.items.map((d) => d.stuckSeconds);
    expect(seconds).toEqual([...seconds].sort((a, b) => b - a));
  });

  it('pages: the pages put together are the whole list, and the summary counts the same', async () => {
    const query = `productKey=${PRODUCT}&range=30d&stuckHours=${HOURS}`;
    const whole = await stuck(`${query}&pageSize=200`);
    const pageSize = Math.max(1, Math.ceil(whole.total / 3));
    const pages: string[] = [];
    for (let page = 1; (page - 1) * pageSize < whole.total; page++) {
      const body = await stuck(`${query}&pageSize=${pageSize}&page=${page}`);
      expect(body.total).toBe(whole.total);
      pages.push(...body.items.map((d) => d.terminalId));
    }
    expect(pages).toEqual(whole.items.map((d) => d.terminalId));
    const past = await stuck(
      `${query}&pageSize=${pageSize}&page=${Math.ceil(whole.total / pageSize) + 1}`,
    );
    expect(past.items).toEqual([]);

    const summary = (
      await h.request('GET', `/api/reports/summary?${query}&pageSize=0`, { cookie })
    ).json() as { stuck?: { devices: number } };
    expect(summary.stuck?.devices).toBe(whole.total);
  });

  it('refuses a missing threshold or bad paging with field errors', async () => {
    for (const [query, field] of [
      [`productKey=${PRODUCT}&range=30d`, 'stuckHours'],
      [`productKey=${PRODUCT}&range=30d&stuckHours=0`, 'stuckHours'],
      [`productKey=${PRODUCT}&range=30d&stuckHours=6&pageSize=0`, 'pageSize'],
      [`range=30d&stuckHours=6`, 'ids'],
    ] as const) {
      const response = await h.request('GET', `/api/reports/stuck?${query}`, { cookie });
      expect(response.statusCode, query).toBe(400);
      expect(Object.keys(response.json().fieldErrors ?? {}), query).toContain(field);
    }
  });
});
