import path from 'node:path';

import SQLite from 'better-sqlite3';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

import type { UnmatchedList } from '../../shared/contract/directory-unmatched';
import type { ReportReady } from '../../shared/contract/reports';
import { type Harness, startHarness } from '../testing/harness';

let h: Harness;
let cookie: string;
let terminalOf: (deviceName: string) => string;
const range = 'range=30d&count=all';

beforeAll(async () => {
  h = await startHarness();
  cookie = await h.login('viewer');
  const db = new SQLite(path.join(h.config.dataDir, 'emulator.sqlite'), { readonly: true });
  const rows = db.prepare('SELECT device_name, terminal_id FROM devices').all() as Array<{
    device_name: string;
    terminal_id: string;
  }>;
  db.close();
  const map = new Map(rows.map((r) => [r.device_name, r.terminal_id]));
  terminalOf = (name) => map.get(name)!;
});
afterAll(() => h.close());

async function summary(query: string): Promise<ReportReady> {
  for (;;) {
    const response = await h.request('GET', `/api/reports/summary?${query}&pageSize=200`, {
      cookie,
    });
    expect(response.statusCode, response.body).toBe(200);
    const body = response.json();
    if (body.state === 'ready') return body as ReportReady;
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
}

describe('report by device name', () => {
  it('takes device names and still takes terminal ids (any letter case): the same figures', async () => {
    const names = ['trk-00001', 'trk-00002', 'cam-00003'];
    const byName = await summary(`ids=${names.join('%0A')}&${range}`);
    const byId = await summary(
      `ids=${names.map((n) => terminalOf(n).toLowerCase()).join(',')}&${range}`,
    );
    expect(byName.devices).toBe(3);
    expect(byName.counts).toEqual(byId.counts);
    expect(byId.unknownIds).toBeUndefined();
    // Rows name the device beside its terminal id.
    for (const row of [...byName.rows.items, ...byId.rows.items])
      expect(terminalOf(row.deviceName!)).toBe(row.terminalId);
    expect(new Set(byName.rows.items.map((r) => r.deviceName))).toEqual(new Set(names));
  });

  it('reports on the known ids and lists the unknown ones', async () => {
    const body = await summary(`ids=trk-00001,NO-SUCH-DEVICE,${'f'.repeat(32)}&${range}`);
    expect(body.devices).toBe(1);
    expect(body.unknownIds).toEqual(['NO-SUCH-DEVICE', 'F'.repeat(32)]);
    expect(body.rows.items.every((r) => r.deviceName === 'trk-00001')).toBe(true);
  });

  it('a format error names the id that is wrong', async () => {
    const response = await h.request(
      'GET',
      `/api/reports/summary?ids=trk-00001,bad%21id&${range}`,
      {
        cookie,
      },
    );
    expect(response.statusCode).toBe(400);
    expect(response.json().fieldErrors.ids).toContain('"bad!id"');
  });

  it('the CSV has the device name and terminal id side by side', async () => {
    const response = await h.request('GET', `/api/reports/export.csv?ids=trk-00001&${range}`, {
      cookie,
    });
    const [header, first] = response.body.replace(/^\uFEFF/, '').split('\r\n');
    expect(header).toMatch(/^Device name,Terminal id,/);
    expect(first).toMatch(new RegExp(`^trk-00001,${terminalOf('trk-00001')},`));
  });
});

describe('devices without a report terminal', () => {
  it('are counted, named in the report and listed in full by the directory, never dropped', async () => {
    const db = new SQLite(path.join(h.config.dataDir, 'emulator.sqlite'), { readonly: true });
    const withTasks = (
      db
        .prepare(
          "SELECT COUNT(DISTINCT device_id) AS n FROM tasks WHERE product_key = 'a1FleetGw03'",
        )
        .get() as { n: number }
    ).n;
    db.close();
    // Forget some of the product's devices in the directory (as if never imported).
    const removed = await h.app.db
      .deleteFrom('directory_entries')
      .where('device_name', 'like', 'gw-%1')
      .executeTakeFirst();
    expect(Number(removed.numDeletedRows)).toBeGreaterThan(10);
    const body = await summary(`productKey=a1FleetGw03&${range}`);
    const missing = body.unmatched!;
    expect(missing.count).toBeGreaterThan(20);
    // The report names the first 20 by name; the directory lists every one.
    expect(missing.devices).toHaveLength(20);
    expect(missing.devices.every((d) => d.deviceName.endsWith('1'))).toBe(true);
    // Every device with a task is either in the figures or listed as without a terminal.
    expect(body.devices + missing.count).toBe(withTasks);

    const listed: string[] = [];
    for (let page = 1; ; page += 1) {
      const response = await h.request(
        'GET',
        `/api/directory/unmatched?productKey=a1FleetGw03&page=${page}&pageSize=7`,
        { cookie },
      );
      expect(response.statusCode).toBe(200);
      const list = response.json<UnmatchedList>();
      expect(list.total).toBe(missing.count);
      expect(list.set).toMatchObject({ kind: 'product', id: 'a1FleetGw03' });
      expect(list.set?.notedAt).toEqual(expect.any(String));
      expect(list.sets).toContainEqual(
        expect.objectContaining({ kind: 'product', id: 'a1FleetGw03', count: missing.count }),
      );
      listed.push(...list.items.map((d) => d.deviceName));
      if (list.items.length < 7) break;
    }
    expect(listed).toHaveLength(missing.count);
    expect(listed).toEqual([...listed].sort());
    expect(listed.slice(0, 20)).toEqual(missing.devices.map((d) => d.deviceName));
    expect(listed.every((name) => name.endsWith('1'))).toBe(true);
  });
});
