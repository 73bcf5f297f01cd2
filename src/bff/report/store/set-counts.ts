import { CompiledQuery, type RawBuilder, sql } from 'kysely';

import type { Db } from '../../db/open-database';
import { fixedRuns, HOUR, hourOf } from './sql-common';

/**
 * The counts each device set keeps, per UTC hour and status: `hours` of all its records
 * (report_set_hours, fed by report_records), `latest` of its devices' newest records
 * (report_set_latest, fed by report_latest).
 */
export type SetCounts = 'hours' | 'latest';

const TABLES = {
  hours: { counts: 'report_set_hours', source: 'report_records' },
  latest: { counts: 'report_set_latest', source: 'report_latest' },
} as const;

/**
 * Adds (`sign` 1) or takes away (-1) the source rows that `where` selects in the counts of every
 * set they belong to. `where` speaks of `x`, the source row, and `m`, its terminal's membership.
 */
export async function countIntoSets(
  trx: Db,
  which: SetCounts,
  where: RawBuilder<unknown>,
  sign: 1 | -1,
) {
  const counts = sql.table(TABLES[which].counts);
  await sql`INSERT INTO ${counts} (set_id, hour, status, n)
    SELECT m.set_id, CAST(x.sent_at / ${HOUR} AS INTEGER), x.status, ${sign} * COUNT(*)
    FROM ${sql.table(TABLES[which].source)} x JOIN report_set_members m ON m.terminal = x.terminal
    WHERE ${where}
    GROUP BY m.set_id, CAST(x.sent_at / ${HOUR} AS INTEGER), x.status
    ON CONFLICT (set_id, hour, status) DO UPDATE SET n = ${counts}.n + excluded.n`.execute(trx);
}

/** Count rows that fell to zero. */
export async function dropEmptyCounts(trx: Db) {
  await trx.deleteFrom('report_set_hours').where('n', '=', 0).execute();
  await trx.deleteFrom('report_set_latest').where('n', '=', 0).execute();
}

/** Count changes per terminal, UTC hour and status. */
export class Deltas {
  private readonly map = new Map<string, [number, number, number, number]>();

  add(terminal: number, hour: number, status: number, n: number) {
    const key = `${terminal}:${hour}:${status}`;
    const entry = this.map.get(key);
    if (entry) entry[3] += n;
    else this.map.set(key, [terminal, hour, status, n]);
  }

  rows() {
    return [...this.map.values()].filter((row) => row[3] !== 0);
  }
}

/** Adds per-terminal count changes to every set the terminal belongs to. */
export async function applyDeltas(trx: Db, which: SetCounts, deltas: Deltas) {
  const rows = deltas.rows();
  if (rows.length === 0) return;
  const terminals = [...new Set(rows.map((row) => row[0]))];
  const setsOf = new Map<number, number[]>();
  for (const batch of fixedRuns(terminals)) {
    const { rows: members } = await trx.executeQuery<{ terminal: number; set_id: number }>(
      CompiledQuery.raw(membersSql(batch.length), batch),
    );
    for (const m of members) {
      const sets = setsOf.get(m.terminal);
      if (sets) sets.push(m.set_id);
      else setsOf.set(m.terminal, [m.set_id]);
    }
  }
  const perSet = new Map<string, { set_id: number; hour: number; status: number; n: number }>();
  for (const [terminal, hour, status, n] of rows) {
    for (const set_id of setsOf.get(terminal) ?? []) {
      const key = `${set_id}:${hour}:${status}`;
      const entry = perSet.get(key);
      if (entry) entry.n += n;
      else perSet.set(key, { set_id, hour, status, n });
    }
  }
  const table = TABLES[which].counts;
  const changes = [...perSet.values()].filter((row) => row.n !== 0);
  for (const batch of fixedRuns(changes))
    await trx.executeQuery(
      CompiledQuery.raw(
        addCountsSql(table, batch.length),
        batch.flatMap((row) => [row.set_id, row.hour, row.status, row.n]),
      ),
    );
}

const membersSql = (count: number) =>
  `SELECT terminal, set_id FROM report_set_members WHERE terminal IN (${Array(count).fill('?').join(', ')})`;

/** Adds to per-set counts; written out, so each batch size's statement is prepared once. */
const addCountsSql = (table: string, count: number) =>
  `INSERT INTO ${table} (set_id, hour, status, n) VALUES ${Array(count).fill('(?, ?, ?, ?)').join(', ')}
   ON CONFLICT (set_id, hour, status) DO UPDATE SET n = ${table}.n + excluded.n`;

/** Makes each candidate its terminal's newest record unless a newer one is kept; answers the moves. */
const upsertLatestSql = (count: number) =>
  `INSERT INTO report_latest (terminal, record, sent_at, status, updated_at) VALUES ${Array(count).fill('(?, ?, ?, ?, ?)').join(', ')}
   ON CONFLICT (terminal) DO UPDATE SET
     prev_sent_at = report_latest.sent_at, prev_status = report_latest.status,
     record = excluded.record, sent_at = excluded.sent_at, status = excluded.status,
     updated_at = excluded.updated_at
   WHERE excluded.sent_at > report_latest.sent_at
     OR (excluded.sent_at = report_latest.sent_at AND excluded.record >= report_latest.record)
   RETURNING terminal, sent_at, status, prev_sent_at, prev_status`;

interface MovedLatest {
  terminal: number;
  sent_at: number;
  status: number;
  prev_sent_at: number | null;
  prev_status: number | null;
}

/** A record an upsert added or changed; `prev_status` is null when it was added. */
export interface ChangedRecord {
  id: number;
  terminal: number;
  sent_at: number;
  status: number;
  prev_status: number | null;
  updated_at: number | null;
}

/** Moves each terminal's newest record forward (or its status on), and the sets' counts of it. */
export async function updateLatest(trx: Db, changed: readonly ChangedRecord[]) {
  const newest = new Map<number, ChangedRecord>();
  for (const row of changed) {
    const known = newest.get(row.terminal);
    if (
      !known ||
      row.sent_at > known.sent_at ||
      (row.sent_at === known.sent_at && row.id > known.id)
    )
      newest.set(row.terminal, row);
  }
  const candidates = [...newest.values()];
  const deltas = new Deltas();
  for (const batch of fixedRuns(candidates)) {
    const { rows: moved } = await trx.executeQuery<MovedLatest>(
      CompiledQuery.raw(
        upsertLatestSql(batch.length),
        batch.flatMap((r) => [r.terminal, r.id, r.sent_at, r.status, r.updated_at]),
      ),
    );
    for (const row of moved) {
      if (row.prev_sent_at !== null && row.prev_status !== null)
        deltas.add(row.terminal, hourOf(row.prev_sent_at), row.prev_status, -1);
      deltas.add(row.terminal, hourOf(row.sent_at), row.status, 1);
    }
  }
  await applyDeltas(trx, 'latest', deltas);
}

/** The record changes' effect on the sets' hourly counts of all records. */
export function hourDeltas(changed: readonly ChangedRecord[]): Deltas {
  const hours = new Deltas();
  for (const row of changed) {
    const hour = hourOf(row.sent_at);
    if (row.prev_status === null) hours.add(row.terminal, hour, row.status, 1);
    else if (row.prev_status !== row.status) {
      hours.add(row.terminal, hour, row.prev_status, -1);
      hours.add(row.terminal, hour, row.status, 1);
    }
  }
  return hours;
}
