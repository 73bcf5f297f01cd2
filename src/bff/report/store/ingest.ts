import { CompiledQuery } from 'kysely';

import type { Db } from '../../db/open-database';
import type { RecordInput } from './report-store';
import type { RowIds } from './row-ids';
import { applyDeltas, type ChangedRecord, hourDeltas, updateLatest } from './set-counts';
import { fixedRuns } from './sql-common';

/**
 * Inserts records, or updates those whose status, update time or upgrade info changed; answers
 * only those rows, with the status each had before (null when new). Written out rather than built,
 * so the statement text is the same for every batch of a size (and prepared once).
 */
const upsertRecordsSql = (count: number) =>
  `INSERT INTO report_records (terminal, sent_at, mark, status, updated_at, info) VALUES ${Array(count).fill('(?, ?, ?, ?, ?, ?)').join(', ')}
   ON CONFLICT (terminal, sent_at, mark) DO UPDATE SET
     prev_status = report_records.status, status = excluded.status,
     updated_at = excluded.updated_at, info = excluded.info
   WHERE report_records.status <> excluded.status
     OR report_records.updated_at IS DISTINCT FROM excluded.updated_at
     OR report_records.info <> excluded.info
   RETURNING id, terminal, sent_at, status, prev_status, updated_at`;

interface NewRecord {
  terminal: number;
  sent_at: number;
  mark: string;
  status: number;
  updated_at: number | null;
  info: number;
}

/**
 * Keeps records by identity in one transaction, and the counts every set keeps of them: only the
 * records that are new or changed move the counts.
 */
export async function upsertRecords(db: Db, ids: RowIds, records: readonly RecordInput[]) {
  if (records.length === 0) return;
  const terminals = await ids.terminalIds(
    records.map((r) => ({ terminalId: r.terminalId, num: r.terminalNum })),
  );
  const infos = await ids.infoIds(new Set(records.map((r) => r.upgradeInfo)));
  // The last copy of a record wins (a page can repeat a record while the upstream moves).
  const byKey = new Map<string, NewRecord>();
  for (const r of records) {
    const terminal = terminals.get(r.terminalId) as number;
    byKey.set(`${terminal}:${r.sentAt}:${r.mark}`, {
      terminal,
      sent_at: r.sentAt,
      mark: r.mark,
      status: r.status,
      updated_at: r.updatedAt,
      info: infos.get(r.upgradeInfo) as number,
    });
  }
  const rows = [...byKey.values()];
  await db.transaction().execute(async (trx) => {
    // Only rows that are new or changed come back, with the status they had before.
    const changed: ChangedRecord[] = [];
    for (const batch of fixedRuns(rows)) {
      const { rows: result } = await trx.executeQuery<ChangedRecord>(
        CompiledQuery.raw(
          upsertRecordsSql(batch.length),
          batch.flatMap((r) => [r.terminal, r.sent_at, r.mark, r.status, r.updated_at, r.info]),
        ),
      );
      for (const row of result) changed.push(row);
    }
    if (changed.length === 0) return;
    await applyDeltas(trx, 'hours', hourDeltas(changed));
    await updateLatest(trx, changed);
  });
}
