import { expect, it } from 'vitest';

import { migrateToLatest } from '../../db/migrate';
import { openDatabase } from '../../db/open-database';
import { RowIds } from './row-ids';

it('answers the same row ids after forgetting terminals past its bound', async () => {
  const db = openDatabase(':memory:');
  try {
    await migrateToLatest(db);
    const ids = new RowIds(db, 3);
    const wanted = ['A', 'B', 'C', 'D', 'E'].map((terminalId) => ({ terminalId, num: '1' }));
    const first = await ids.terminalIds(wanted.slice(0, 3));
    const all = await ids.terminalIds(wanted);
    expect(all.size).toBe(5);
    for (const [terminal, id] of first) expect(all.get(terminal)).toBe(id);
    expect(await ids.terminalIds(wanted)).toEqual(all);
    const rows = await db.selectFrom('report_terminals').select('id').execute();
    expect(rows).toHaveLength(5);
  } finally {
    await db.destroy();
  }
});
