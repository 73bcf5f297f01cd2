import { sql } from 'kysely';

import type { Db } from '../../db/open-database';
import { countIntoSets, dropEmptyCounts } from './set-counts';

/** Deletes the records sent before `before`; answers how many went. */
export function pruneRecords(db: Db, before: number): Promise<number> {
  return db.transaction().execute(async (trx) => {
    // The pruned records leave every set's counts first; a terminal whose newest record goes has
    // no record left at all.
    const older = sql`x.sent_at < ${before}`;
    await countIntoSets(trx, 'hours', older, -1);
    await countIntoSets(trx, 'latest', older, -1);
    await trx.deleteFrom('report_latest').where('sent_at', '<', before).execute();
    await dropEmptyCounts(trx);
    const result = await trx
      .deleteFrom('report_records')
      .where('sent_at', '<', before)
      .executeTakeFirst();
    await trx
      .updateTable('report_sets')
      .set({ covered_from: before })
      .where('covered_from', '<', before)
      .execute();
    return Number(result.numDeletedRows);
  });
}
