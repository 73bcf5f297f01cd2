import { mkdtempSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';

import { sql } from 'kysely';
import { afterEach, beforeEach, expect, it } from 'vitest';

import { migrateToLatest } from '../../db/migrate';
import { type Db, openDatabase } from '../../db/open-database';
import { IngestThread } from './ingest-thread';
import type { RecordInput } from './report-store';

let dir: string;
let db: Db;
let ingest: IngestThread;

const record = (device: number, status: number): RecordInput => ({
  mark: `m${device}`,
  terminalId: `T${device}`,
  terminalNum: String(device),
  status,
  sentAt: Date.UTC(2026, 10, 1) + device * 1000,
  updatedAt: device % 2 ? null : Date.UTC(2026, 10, 2),
  upgradeInfo: device % 3 ? '{"VERSION":"v1"}' : 'not json',
});

const stored = async () =>
  (
    await db
      .selectFrom('report_records as r')
      .innerJoin('report_terminals as t', 't.id', 'r.terminal')
      .innerJoin('report_infos as i', 'i.id', 'r.info')
      .select([
        't.terminal_id',
        't.terminal_num',
        'r.mark',
        'r.status',
        'r.sent_at',
        'r.updated_at',
      ])
      .select('i.text')
      .orderBy('t.terminal_id')
      .execute()
  ).map((row) => ({
    terminalId: row.terminal_id,
    terminalNum: row.terminal_num,
    mark: row.mark,
    status: row.status,
    sentAt: Number(row.sent_at),
    updatedAt: row.updated_at === null ? null : Number(row.updated_at),
    upgradeInfo: row.text,
  }));

beforeEach(async () => {
  dir = mkdtempSync(path.join(os.tmpdir(), 'ingest-thread-'));
  db = openDatabase(path.join(dir, 'bff.sqlite'));
  await migrateToLatest(db);
  ingest = new IngestThread(path.join(dir, 'bff.sqlite'));
});
afterEach(async () => {
  await ingest.close();
  await db.destroy();
  rmSync(dir, { recursive: true, force: true });
});

it('writes every field of every record, in batches sent one after another', async () => {
  const records = Array.from({ length: 30 }, (_, i) => record(10 + i, (i % 4) + 1));
  await Promise.all([ingest.upsert(records.slice(0, 20)), ingest.upsert(records.slice(20))]);
  const sortKey = (r: RecordInput) => r.terminalId;
  expect(await stored()).toEqual(
    [...records].sort((a, b) => sortKey(a).localeCompare(sortKey(b))).map((r) => ({ ...r })),
  );
  expect(ingest.running).toBe(true);
  await ingest.close();
  expect(ingest.running).toBe(false);
});

it('fails a batch it cannot write as a whole, and goes on writing the next', async () => {
  await expect(ingest.upsert([record(1, 3), record(2, NaN)])).rejects.toThrow(
    /could not keep the records/,
  );
  expect(await stored()).toEqual([]);
  await ingest.upsert([record(1, 3)]);
  expect(await stored()).toHaveLength(1);
});

it('fails the writes under way when the thread dies, and starts again on the next', async () => {
  const writing = ingest.upsert([record(1, 3)]);
  await ingest.kill();
  await expect(writing).rejects.toThrow(/stopped/);
  await ingest.upsert([record(2, 4)]);
  expect((await stored()).map((r) => r.terminalId)).toContain('T2');
});

it('drops and builds the send-time index in order with the writes sent before', async () => {
  const indexed = async () =>
    (await sql`SELECT name FROM sqlite_master WHERE name = 'report_records_sent'`.execute(db)).rows
      .length === 1;
  const writes = [ingest.upsert([record(1, 3)]), ingest.sentIndex(false)];
  await Promise.all(writes);
  expect(await indexed()).toBe(false);
  const more = [ingest.upsert([record(2, 4)]), ingest.sentIndex(true)];
  await Promise.all(more);
  expect(await indexed()).toBe(true);
  expect(await stored()).toHaveLength(2);
});
