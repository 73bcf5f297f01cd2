import { sql } from 'kysely';

import type { Db } from '../../db/open-database';

/**
 * The records' send-time index (report_records_sent, migration 202612020710): the table's first
 * page, the partial hours at a range's ends and pruning read through it. Records arrive in device
 * order with send times all over the range, so each batch written touches most of its pages; a
 * first load into a store that holds few records goes without it and builds it once at the end
 * (a sort of the rows, far cheaper than keeping it up row by row).
 */
export async function dropSentIndex(db: Db) {
  await sql`DROP INDEX IF EXISTS report_records_sent`.execute(db);
}

/** Builds the index unless it is there (a load that ended, or a BFF stopped during one). */
export async function buildSentIndex(db: Db) {
  await sql`CREATE INDEX IF NOT EXISTS report_records_sent ON report_records (sent_at)`.execute(db);
}

/** Whether the store holds fewer than `limit` records (reads at most that many index entries). */
export async function holdsFewerRecords(db: Db, limit: number): Promise<boolean> {
  const { rows } = await sql<{ n: number }>`
    SELECT COUNT(*) AS n FROM (SELECT 1 FROM report_records LIMIT ${limit}) x`.execute(db);
  return Number(rows[0]?.n ?? 0) < limit;
}
