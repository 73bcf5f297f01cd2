import { sql } from 'kysely';

import type { StatusCounts } from '../../../shared/contract/reports';
import { reportStatusMeta } from '../../../shared/report/statuses';
import type { Db } from '../../db/open-database';
import type { Figures, RangeQuery } from './report-store';
import { selection } from './selection';
import type { SetCounts } from './set-counts';
import { HOUR } from './sql-common';

export const emptyCounts = (): StatusCounts => ({
  sendFailed: 0,
  waiting: 0,
  downloading: 0,
  succeeded: 0,
  failed: 0,
});

/** Counts per status, in total and per timeline slot. */
class Grouped {
  selected = 0;
  readonly counts = emptyCounts();
  readonly buckets = new Map<number, StatusCounts>();

  add(slot: number, status: number, n: number) {
    if (n === 0) return;
    this.selected += n;
    const key = reportStatusMeta(status)?.key;
    if (!key) return;
    this.counts[key] += n;
    let bucket = this.buckets.get(slot);
    if (!bucket) this.buckets.set(slot, (bucket = emptyCounts()));
    bucket[key] += n;
  }
}

const slotSql = (bucketStart: number, bucketMs: number) =>
  sql`CAST((r.sent_at - ${bucketStart}) / ${bucketMs} AS INTEGER)`;

/** The distribution and the timeline of a range, from the counts each set keeps. */
export async function figures(
  db: Db,
  query: RangeQuery,
  bucketStart: number,
  bucketMs: number,
): Promise<Figures> {
  const devices = Number(
    (
      await db
        .selectFrom('report_set_members')
        .select((eb) => eb.fn.countAll<number>().as('n'))
        .where('set_id', '=', query.setId)
        .executeTakeFirstOrThrow()
    ).n,
  );
  const all = await kept(db, 'hours', query, bucketStart, bucketMs);
  const latest = await kept(db, 'latest', query, bucketStart, bucketMs);
  // Members whose newest record lies after the range: their newest record in it, looked up.
  const latestQuery = { ...query, count: 'latest' as const, stuckBefore: undefined };
  const slot = slotSql(bucketStart, bucketMs);
  const { rows: later } = await sql<{ slot: number; status: number; n: number }>`
    SELECT ${slot} AS slot, r.status, COUNT(*) AS n
    ${selection(latestQuery, sql``, Math.max(query.from, query.to + 1))}
    GROUP BY ${slot}, r.status`.execute(db);
  for (const row of later) latest.add(Number(row.slot), row.status, Number(row.n));
  const chosen =
    query.stuckBefore !== undefined
      ? await scanned(db, query, bucketStart, bucketMs)
      : query.count === 'all'
        ? all
        : latest;
  return {
    devices,
    devicesWithRecords: latest.selected,
    records: all.selected,
    selected: chosen.selected,
    counts: chosen.counts,
    buckets: chosen.buckets,
  };
}

/**
 * Figures from the kept counts: whole UTC hours from the set's counts, the partial hours at either
 * end of the range from the rows themselves (a few thousand at most). For `latest`: the members
 * whose newest record of all lies in the range.
 */
async function kept(
  db: Db,
  which: SetCounts,
  query: RangeQuery,
  bucketStart: number,
  bucketMs: number,
): Promise<Grouped> {
  const grouped = new Grouped();
  const table = which === 'hours' ? 'report_set_hours' : 'report_set_latest';
  const firstHour = Math.ceil(query.from / HOUR);
  const lastHour = Math.floor((query.to + 1) / HOUR) - 1;
  const raw: Array<[number, number]> = [];
  if (firstHour <= lastHour) {
    const { rows } = await sql<{ hour: number; status: number; n: number }>`
      SELECT hour, status, SUM(n) AS n FROM ${sql.table(table)}
      WHERE set_id = ${query.setId} AND hour >= ${firstHour} AND hour <= ${lastHour}
      GROUP BY hour, status`.execute(db);
    for (const row of rows)
      grouped.add(
        Math.floor((row.hour * HOUR - bucketStart) / bucketMs),
        row.status,
        Number(row.n),
      );
    if (query.from < firstHour * HOUR) raw.push([query.from, firstHour * HOUR - 1]);
    if ((lastHour + 1) * HOUR <= query.to) raw.push([(lastHour + 1) * HOUR, query.to]);
  } else raw.push([query.from, query.to]);
  const source =
    which === 'hours'
      ? sql`report_records r CROSS JOIN report_set_members m`
      : sql`report_latest r CROSS JOIN report_set_members m`;
  const slot = slotSql(bucketStart, bucketMs);
  for (const [from, to] of raw) {
    const { rows } = await sql<{ slot: number; status: number; n: number }>`
      SELECT ${slot} AS slot, r.status, COUNT(*) AS n
      FROM ${source}
      WHERE m.set_id = ${query.setId} AND m.terminal = r.terminal
        AND r.sent_at >= ${from} AND r.sent_at <= ${to}
      GROUP BY ${slot}, r.status`.execute(db);
    for (const row of rows) grouped.add(Number(row.slot), row.status, Number(row.n));
  }
  return grouped;
}

/** Figures counted from the rows (stuck devices). */
async function scanned(db: Db, query: RangeQuery, bucketStart: number, bucketMs: number) {
  const slot = slotSql(bucketStart, bucketMs);
  const { rows } = await sql<{ slot: number; status: number; n: number }>`
    SELECT ${slot} AS slot, r.status, COUNT(*) AS n
    ${selection(query)}
    GROUP BY ${slot}, r.status`.execute(db);
  const grouped = new Grouped();
  for (const row of rows) grouped.add(Number(row.slot), row.status, Number(row.n));
  return grouped;
}

export async function countSelected(db: Db, query: RangeQuery): Promise<number> {
  const { rows } = await sql<{ n: number }>`SELECT COUNT(*) AS n ${selection(query)}`.execute(db);
  return Number(rows[0]?.n ?? 0);
}
