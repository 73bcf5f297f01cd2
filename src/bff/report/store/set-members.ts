import { sql } from 'kysely';

import type { Db } from '../../db/open-database';
import type { RowIds } from './row-ids';
import { countIntoSets } from './set-counts';
import { INSERT_BATCH } from './sql-common';

/** Adds (sign 1) or takes away (-1) these member terminals' records in the set's counts. */
async function countMembers(trx: Db, setId: number, terminals: readonly number[], sign: 1 | -1) {
  if (terminals.length === 0) return;
  const where = sql`m.set_id = ${setId} AND m.terminal IN (${sql.join(terminals)})`;
  await countIntoSets(trx, 'hours', where, sign);
  await countIntoSets(trx, 'latest', where, sign);
}

/** The set's devices become these; its counts follow at once from what the store holds of them. */
export async function replaceMembers(
  db: Db,
  ids: RowIds,
  setId: number,
  terminalIds: readonly string[],
  resolvedAt: number,
) {
  const rowIds = await ids.terminalIds(terminalIds.map((id) => ({ terminalId: id, num: null })));
  await db.transaction().execute(async (trx) => {
    const current = new Set(
      (
        await trx
          .selectFrom('report_set_members')
          .select('terminal')
          .where('set_id', '=', setId)
          .execute()
      ).map((row) => row.terminal),
    );
    const wanted = new Set(rowIds.values());
    const added = [...wanted].filter((id) => !current.has(id));
    const removed = [...current].filter((id) => !wanted.has(id));
    for (let i = 0; i < added.length; i += INSERT_BATCH) {
      const batch = added.slice(i, i + INSERT_BATCH);
      await trx
        .insertInto('report_set_members')
        .values(batch.map((terminal) => ({ set_id: setId, terminal })))
        .execute();
      await countMembers(trx, setId, batch, 1);
    }
    for (let i = 0; i < removed.length; i += INSERT_BATCH) {
      const batch = removed.slice(i, i + INSERT_BATCH);
      await countMembers(trx, setId, batch, -1);
      await trx
        .deleteFrom('report_set_members')
        .where('set_id', '=', setId)
        .where('terminal', 'in', batch)
        .execute();
    }
    await trx
      .updateTable('report_sets')
      .set({ resolved_at: resolvedAt })
      .where('id', '=', setId)
      .execute();
  });
}

/**
 * The set's terminal ids in row-id order: a sync reads them in chunks of that order, so each
 * chunk's records land together in the identity index, the newest-record table and the open
 * records' index instead of on pages all over them (in terminal-id order, which is random against
 * the row ids, a 10,000-record transaction at 1M records rewrote 8,600 pages; in row-id order 4,400).
 */
export async function memberIds(
  db: Db,
  setId: number,
  which: 'synced' | 'unsynced' | 'all',
): Promise<string[]> {
  let query = db
    .selectFrom('report_set_members as m')
    .innerJoin('report_terminals as t', 't.id', 'm.terminal')
    .select('t.terminal_id')
    .where('m.set_id', '=', setId);
  if (which !== 'all') query = query.where('m.synced', '=', which === 'synced' ? 1 : 0);
  return (await query.orderBy('m.terminal').execute()).map((row) => row.terminal_id);
}

export async function markMembersSynced(db: Db, setId: number) {
  await db
    .updateTable('report_set_members')
    .set({ synced: 1 })
    .where('set_id', '=', setId)
    .where('synced', '=', 0)
    .execute();
}
