import { sql } from 'kysely';
import { expect, it } from 'vitest';

import { migrateToLatest } from '../db/migrate';
import { migrations } from '../db/migrations/index';
import { openDatabase } from '../db/open-database';
import { DirectoryStore } from './directory-store';

it('202612021115-directory-unmatched moves the noted lists into their own table', async () => {
  const db = openDatabase(':memory:');
  const before = Object.fromEntries(
    Object.entries(migrations).filter(([name]) => name < '202612021115'),
  );
  await migrateToLatest(db, before);
  const legacy = Array.from({ length: 1500 }, (_, i) => ({
    productKey: 'pk1',
    deviceName: `dev-${String(i).padStart(4, '0')}`,
  }));
  await sql`INSERT INTO directory_set_notes (set_key, unmatched_count, unmatched, unknown_ids, noted_at)
    VALUES ('pk:pk1', 1500, ${JSON.stringify(legacy)}, '[]', '2026-12-01T00:00:00.000Z'),
           ('ids:1:x', 0, '[]', '["NOPE"]', '2026-12-01T00:00:00.000Z')`.execute(db);

  await migrateToLatest(db);
  const notes = new DirectoryStore(db).notes;
  const listed = await notes.unmatched({ setKey: 'pk:pk1', offset: 1490, limit: 50 });
  expect(listed.total).toBe(1500);
  expect(listed.items.at(-1)).toEqual({ productKey: 'pk1', deviceName: 'dev-1499' });
  expect(await notes.noteOf('ids:1:x')).toMatchObject({ unmatchedCount: 0, unknownIds: ['NOPE'] });
  const { rows } = await sql<{ name: string }>`
    SELECT name FROM pragma_table_info('directory_set_notes')`.execute(db);
  expect(rows.map((r) => r.name)).not.toContain('unmatched');
  await db.destroy();
});
