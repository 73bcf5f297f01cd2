import { mkdirSync } from 'node:fs';
import { join } from 'node:path';

import Database, { type Database as Db } from 'better-sqlite3';

import { SCHEMA_SQL, SCHEMA_VERSION } from './schema';
import { seedDatabase, type SeedScale } from './seed';
import { getMeta } from './statements';

export interface OpenOptions {
  dataDir: string;
  scale: SeedScale;
  reset: boolean;
  anchorMs: number;
}

/** Opens `${dataDir}/emulator.sqlite`, seeding it on first use (or when reset / the schema changed). */
export function openDatabase(options: OpenOptions): Db {
  mkdirSync(options.dataDir, { recursive: true });
  const db = new Database(join(options.dataDir, 'emulator.sqlite'));
  db.pragma('journal_mode = WAL');
  db.pragma('synchronous = NORMAL');
  db.pragma('foreign_keys = ON');
  const stale = tableExists(db, 'meta') && getMeta(db, 'schema_version') !== SCHEMA_VERSION;
  if (stale) dropAll(db);
  db.exec(SCHEMA_SQL);
  const seeded = getMeta(db, 'schema_version') === SCHEMA_VERSION;
  const wrongScale = seeded && options.scale === 'large' && getMeta(db, 'scale') !== 'large';
  if (options.reset || !seeded || wrongScale)
    seedDatabase(db, { scale: options.scale, anchorMs: options.anchorMs });
  return db;
}

function tableExists(db: Db, name: string): boolean {
  return Boolean(
    db.prepare("SELECT 1 FROM sqlite_master WHERE type = 'table' AND name = ?").get(name),
  );
}

function dropAll(db: Db): void {
  const tables = db
    .prepare("SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%'")
    .all() as Array<{
    name: string;
  }>;
  for (const { name } of tables) db.exec(`DROP TABLE IF EXISTS "${name}"`);
}
