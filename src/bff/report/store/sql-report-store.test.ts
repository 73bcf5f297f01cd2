import { mkdtempSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';

import { sql } from 'kysely';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

import type { StatusCounts } from '../../../shared/contract/reports';
import { migrateToLatest } from '../../db/migrate';
import { type Db, openDatabase } from '../../db/open-database';
import { IngestThread } from './ingest-thread';
import type { RangeQuery, RecordInput } from './report-store';
import { emptyCounts, SqlReportStore } from './sql-report-store';

/**
 * The kept counts (per set, hour and status; every device's newest record) against a plain count
 * of the same records in JavaScript, after inserts, status changes, members coming and going, and
 * pruning, over ranges that start and end inside hours.
 */
const HOUR = 3_600_000;
const DAY = 24 * HOUR;
const T0 = Date.UTC(2026, 10, 1);
const STATUS_KEY: Record<number, keyof StatusCounts> = {
  [-1]: 'sendFailed',
  1: 'waiting',
  2: 'downloading',
  3: 'succeeded',
  4: 'failed',
};

let dir: string;
let db: Db;
let store: SqlReportStore;
let ingest: IngestThread;

// A small deterministic PRNG, so a failure can be replayed.
let seed = 42;
const random = () => {
  seed = (seed * 1_103_515_245 + 12_345) % 2 ** 31;
  return seed / 2 ** 31;
};
const pick = <T>(items: readonly T[]) => items[Math.floor(random() * items.length)] as T;

const terminal = (i: number) => `T${String(i).padStart(31, '0')}`;
/** Every record the upstream holds, by identity. */
const upstream = new Map<string, RecordInput>();
const identity = (r: RecordInput) => `${r.terminalId}:${r.sentAt}:${r.mark}`;

function record(device: number, sentAt: number, status: number, mark = ''): RecordInput {
  return {
    mark,
    terminalId: terminal(device),
    terminalNum: String(device),
    status,
    sentAt,
    updatedAt: sentAt + 60_000,
    upgradeInfo: `{"VERSION":"v${device % 3}","URL":"http://x/${device % 3}.bin"}`,
  };
}

async function put(records: RecordInput[]) {
  for (const r of records) upstream.set(identity(r), r);
  await store.upsert(records);
}

/** What a query should answer, counted from `upstream` directly. */
function expected(members: readonly number[], from: number, to: number, bucketMs: number) {
  const start = Math.floor(from / bucketMs) * bucketMs;
  const ids = new Set(members.map(terminal));
  const inRange = [...upstream.values()].filter(
    (r) => ids.has(r.terminalId) && r.sentAt >= from && r.sentAt <= to,
  );
  const newest = new Map<string, RecordInput>();
  for (const r of inRange) {
    const known = newest.get(r.terminalId);
    if (!known || r.sentAt > known.sentAt) newest.set(r.terminalId, r);
  }
  const tally = (records: Iterable<RecordInput>) => {
    const counts = emptyCounts();
    const buckets = new Map<number, StatusCounts>();
    let selected = 0;
    for (const r of records) {
      selected += 1;
      const key = STATUS_KEY[r.status];
      if (!key) continue;
      counts[key] += 1;
      const slot = Math.floor((r.sentAt - start) / bucketMs);
      if (!buckets.has(slot)) buckets.set(slot, emptyCounts());
      buckets.get(slot)![key] += 1;
    }
    return { counts, buckets, selected };
  };
  return {
    start,
    all: tally(inRange),
    latest: tally(newest.values()),
    devicesWithRecords: newest.size,
    records: inRange.length,
  };
}

async function check(setId: number, members: readonly number[], from: number, to: number) {
  for (const bucketMs of [HOUR, DAY]) {
    const want = expected(members, from, to, bucketMs);
    for (const count of ['all', 'latest'] as const) {
      const query: RangeQuery = { setId, from, to, count };
      const got = await store.figures(query, want.start, bucketMs);
      const w = want[count];
      expect({ ...got, buckets: Object.fromEntries(got.buckets) }).toEqual({
        devices: members.length,
        devicesWithRecords: want.devicesWithRecords,
        records: want.records,
        selected: w.selected,
        counts: w.counts,
        buckets: Object.fromEntries(w.buckets),
      });
      expect(await store.count(query)).toBe(w.selected);
    }
  }
}

/** Ranges that start and end inside hours, at hour edges, within one hour, and past the newest. */
function ranges(): Array<[number, number]> {
  const out: Array<[number, number]> = [
    [T0, T0 + 30 * DAY],
    [T0 + 5 * HOUR, T0 + 6 * HOUR - 1],
    [T0 + 5 * HOUR + 17, T0 + 5 * HOUR + 1_800_000],
  ];
  for (let i = 0; i < 8; i++) {
    const a = T0 + Math.floor(random() * 20 * DAY);
    out.push([a, a + Math.floor(random() * 12 * DAY)]);
  }
  return out;
}

beforeAll(async () => {
  dir = mkdtempSync(path.join(os.tmpdir(), 'report-store-'));
  db = openDatabase(path.join(dir, 'bff.sqlite'));
  await migrateToLatest(db);
  // Records are written as the BFF writes them: in the ingest thread, on a connection of its own.
  ingest = new IngestThread(path.join(dir, 'bff.sqlite'));
  store = new SqlReportStore(db, ingest);
});
afterAll(async () => {
  await ingest?.close();
  await db?.destroy();
  rmSync(dir, { recursive: true, force: true });
});

describe('kept figures', () => {
  it('equal a direct count through inserts, changes, members coming and going, and pruning', async () => {
    // 60 devices, each with ~12 records at distinct times over 30 days; two overlapping sets.
    const records: RecordInput[] = [];
    for (let device = 0; device < 60; device++) {
      const times = new Set<number>();
      while (times.size < 12) times.add(T0 + Math.floor(random() * 30 * DAY));
      for (const at of times)
        records.push(
          record(device, at, pick([-1, 1, 2, 3, 3, 4]), device % 2 ? `M${device}-${at}` : ''),
        );
    }
    const a = await store.openSet('a');
    const b = await store.openSet('b');
    let membersA = Array.from({ length: 40 }, (_, i) => i);
    const membersB = Array.from({ length: 40 }, (_, i) => i + 20);
    await store.replaceMembers(a.id, membersA.map(terminal), T0);
    // Records arrive in pages, some before their set names their device.
    await put(records.slice(0, 300));
    await store.replaceMembers(b.id, membersB.map(terminal), T0);
    await put(records.slice(300));
    for (const [from, to] of ranges()) {
      await check(a.id, membersA, from, to);
      await check(b.id, membersB, from, to);
    }

    // Open records move on (some more than once), a page repeats records, a new newest record.
    const open = [...upstream.values()].filter((r) => r.status === 1 || r.status === 2);
    await put(open.slice(0, 40).map((r) => ({ ...r, status: 2, updatedAt: r.updatedAt! + 1 })));
    await put(open.slice(0, 25).map((r) => ({ ...r, status: pick([3, 4]) })));
    await put([...upstream.values()].slice(0, 50));
    await put([record(7, T0 + 29 * DAY + 5 * HOUR + 123, 1, 'late')]);

    // Members leave and join (their stored records follow them).
    membersA = [...membersA.filter((d) => d % 5 !== 0), 50, 51, 52];
    await store.replaceMembers(a.id, membersA.map(terminal), T0 + DAY);
    for (const [from, to] of ranges()) {
      await check(a.id, membersA, from, to);
      await check(b.id, membersB, from, to);
    }

    // Pruning the oldest ten and a half days.
    const before = T0 + 10 * DAY + 7 * HOUR + 1_234;
    await store.prune(before);
    for (const [key, r] of upstream) if (r.sentAt < before) upstream.delete(key);
    for (const [from, to] of ranges()) {
      await check(a.id, membersA, from, to);
      await check(b.id, membersB, from, to);
    }
  });

  it('lists the first page newest first, as a full sort of the range does', async () => {
    const set = await store.getSet('a');
    const members = new Set((await store.memberIds(set!.id, 'all')).map((id) => id));
    const from = T0 + 12 * DAY + 1_000;
    const to = T0 + 25 * DAY;
    const direct = [...upstream.values()]
      .filter((r) => members.has(r.terminalId) && r.sentAt >= from && r.sentAt <= to)
      .sort((x, y) => y.sentAt - x.sentAt || x.terminalId.localeCompare(y.terminalId));
    for (const page of [1, 2, 5]) {
      const rows = await store.rows(
        { setId: set!.id, from, to, count: 'all' },
        { page, pageSize: 10, sort: 'sendTime', order: 'desc' },
      );
      expect(rows.map((r) => [r.terminalId, r.sendTime])).toEqual(
        direct
          .slice((page - 1) * 10, page * 10)
          .map((r) => [r.terminalId, new Date(r.sentAt).toISOString()]),
      );
    }
    // Latest mode over a range that ends before some devices' newest record.
    const newest = new Map<string, RecordInput>();
    for (const r of direct) if (!newest.has(r.terminalId)) newest.set(r.terminalId, r);
    for (const page of [1, 2]) {
      const rows = await store.rows(
        { setId: set!.id, from, to, count: 'latest' },
        { page, pageSize: 7, sort: 'sendTime', order: 'desc' },
      );
      expect(rows.map((r) => [r.terminalId, r.sendTime])).toEqual(
        [...newest.values()]
          .slice((page - 1) * 7, page * 7)
          .map((r) => [r.terminalId, new Date(r.sentAt).toISOString()]),
      );
    }
    const oldest = await store.rows(
      { setId: set!.id, from, to, count: 'all' },
      { page: 1, pageSize: 10, sort: 'sendTime', order: 'asc' },
    );
    expect(oldest.map((r) => r.sendTime)).toEqual(
      [...direct]
        .reverse()
        .slice(0, 10)
        .map((r) => new Date(r.sentAt).toISOString()),
    );
  });
});

describe('a first load', () => {
  const sentIndex = async () =>
    (await sql`SELECT name FROM sqlite_master WHERE name = 'report_records_sent'`.execute(db)).rows
      .length === 1;

  it('into a store holding few records builds the send-time index once, after the last overlapping load', async () => {
    const loader = new SqlReportStore(db, ingest, { deferIndexBelow: 100_000 });
    const a = (await store.getSet('a'))!;
    const b = (await store.getSet('b'))!;
    const membersB = (await store.memberIds(b.id, 'all')).map((id) => Number(id.slice(1)));
    const from = T0 + 12 * DAY + 1_000;
    const to = T0 + 25 * DAY;
    const tablePage = () =>
      store.rows(
        { setId: a.id, from, to, count: 'all' },
        { page: 2, pageSize: 10, sort: 'sendTime', order: 'desc' },
      );
    const pageBefore = await tablePage();

    const end = await loader.beginLoad();
    const endOverlapping = await loader.beginLoad();
    expect(await sentIndex()).toBe(false);
    // Written and read meanwhile: the answers are the same, the index only makes them faster.
    const late = Array.from({ length: 30 }, (_, i) =>
      record(70 + (i % 3), T0 + 20 * DAY + i * HOUR + 17, pick([1, 3, 4])),
    );
    await put(late);
    expect(await tablePage()).toEqual(pageBefore);
    for (const [from, to] of ranges()) await check(b.id, membersB, from, to);
    await store.prune(T0 + 10 * DAY + 8 * HOUR);
    for (const [key, r] of upstream) if (r.sentAt < T0 + 10 * DAY + 8 * HOUR) upstream.delete(key);
    for (const [from, to] of ranges()) await check(b.id, membersB, from, to);

    await end();
    await end();
    expect(await sentIndex()).toBe(false);
    await endOverlapping();
    expect(await sentIndex()).toBe(true);
    expect(await tablePage()).toEqual(pageBefore);
  });

  it('into a store holding many records keeps the index up as it writes', async () => {
    const loader = new SqlReportStore(db, ingest, { deferIndexBelow: 10 });
    const end = await loader.beginLoad();
    expect(await sentIndex()).toBe(true);
    await end();
    expect(await sentIndex()).toBe(true);
  });
});
