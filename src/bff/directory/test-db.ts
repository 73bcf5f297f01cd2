import './table';

import { migrateToLatest } from '../db/migrate';
import { type Db, openDatabase } from '../db/open-database';
import { DirectoryStore } from './directory-store';

/** A migrated in-memory BFF database and a directory store over it (for tests). */
export async function memoryStore(): Promise<{ db: Db; store: DirectoryStore }> {
  const db = openDatabase(':memory:');
  await migrateToLatest(db);
  return { db, store: new DirectoryStore(db) };
}
