import { sql } from 'kysely';

import type { Db } from '../../db/open-database';
import type { OpenRecord } from './report-store';

/** A set's records still open (1, 2) in [from, to], in send-time order, a batch after `after`. */
export async function openRecords(
  db: Db,
  setId: number,
  from: number,
  to: number,
  after: { sentAt: number; id: number } | null,
  limit: number,
): Promise<OpenRecord[]> {
  const afterClause = after
    ? sql`AND (r.sent_at > ${after.sentAt} OR (r.sent_at = ${after.sentAt} AND r.id > ${after.id}))`
    : sql``;
  const { rows } = await sql<{
    id: number;
    terminal_id: string;
    sent_at: number;
    newest: number;
  }>`
    SELECT r.id, t.terminal_id, r.sent_at,
      CASE WHEN l.record = r.id THEN 1 ELSE 0 END AS newest
    FROM report_set_members m
    JOIN report_records r ON r.terminal = m.terminal
    JOIN report_terminals t ON t.id = r.terminal
    LEFT JOIN report_latest l ON l.terminal = r.terminal
    WHERE m.set_id = ${setId} AND m.synced = 1 AND r.status IN (1, 2)
      AND r.sent_at >= ${from} AND r.sent_at <= ${to} ${afterClause}
    ORDER BY r.sent_at, r.id
    LIMIT ${limit}`.execute(db);
  return rows.map((row) => ({
    id: row.id,
    terminalId: row.terminal_id,
    sentAt: Number(row.sent_at),
    newest: row.newest === 1,
  }));
}
