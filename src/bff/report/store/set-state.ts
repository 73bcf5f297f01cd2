import type { Db } from '../../db/open-database';
import type { SetCoverage, SetState, SyncError } from './report-store';

/** A device set's row: what it covers, when it last synced, its last error. */
export async function openSet(db: Db, key: string): Promise<SetState> {
  await db
    .insertInto('report_sets')
    .values({
      set_key: key,
      resolved_at: null,
      covered_from: null,
      covered_to: null,
      synced_at: null,
      error_at: null,
      error_code: null,
      error_message: null,
      error_request_id: null,
    })
    .onConflict((oc) => oc.column('set_key').doNothing())
    .execute();
  return (await getSet(db, key)) as SetState;
}

export async function getSet(db: Db, key: string): Promise<SetState | undefined> {
  const row = await db
    .selectFrom('report_sets')
    .selectAll()
    .where('set_key', '=', key)
    .executeTakeFirst();
  if (!row) return undefined;
  const num = (v: number | null) => (v === null ? null : Number(v));
  return {
    id: row.id,
    key: row.set_key,
    resolvedAt: num(row.resolved_at),
    coveredFrom: num(row.covered_from),
    coveredTo: num(row.covered_to),
    syncedAt: num(row.synced_at),
    refreshes: row.refreshes,
    error:
      row.error_code === null
        ? null
        : {
            at: Number(row.error_at),
            code: row.error_code,
            message: row.error_message ?? '',
            requestId: row.error_request_id,
          },
  };
}

export async function saveCoverage(
  db: Db,
  setId: number,
  coverage: SetCoverage,
  refreshed: boolean,
) {
  await db
    .updateTable('report_sets')
    .set((eb) => ({
      covered_from: coverage.coveredFrom,
      covered_to: coverage.coveredTo,
      synced_at: coverage.syncedAt,
      refreshes: refreshed ? eb('refreshes', '+', 1) : eb.ref('refreshes'),
      error_at: null,
      error_code: null,
      error_message: null,
      error_request_id: null,
    }))
    .where('id', '=', setId)
    .execute();
}

export async function saveError(db: Db, setId: number, error: SyncError | null) {
  await db
    .updateTable('report_sets')
    .set({
      error_at: error?.at ?? null,
      error_code: error?.code ?? null,
      error_message: error?.message ?? null,
      error_request_id: error?.requestId ?? null,
    })
    .where('id', '=', setId)
    .execute();
}
