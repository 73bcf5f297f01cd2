import { mkdtempSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';

import { type Kysely, type Migration, sql } from 'kysely';
import { afterEach, describe, expect, it } from 'vitest';

import { migrateToLatest } from './migrate';
import { type Db, openDatabase } from './open-database';

const dirs: string[] = [];
afterEach(() => {
  for (const dir of dirs.splice(0)) rmSync(dir, { recursive: true, force: true });
});

function tempFile() {
  const dir = mkdtempSync(path.join(os.tmpdir(), 'bff-db-'));
  dirs.push(dir);
  return path.join(dir, 'nested', 'bff.sqlite');
}

const createNotes: Migration = {
  up: async (db: Kysely<unknown>) => {
    await db.schema
      .createTable('notes')
      .addColumn('id', 'integer', (col) => col.primaryKey())
      .addColumn('text', 'text', (col) => col.notNull())
      .execute();
  },
};
const addAuthor: Migration = {
  up: async (db: Kysely<unknown>) => {
    await db.schema.alterTable('notes').addColumn('author', 'text').execute();
  },
};

async function columns(db: Db, table: string) {
  const { rows } = await sql<{
    name: string;
  }>`select name from pragma_table_info(${table})`.execute(db);
  return rows.map((row) => row.name);
}

describe('migrateToLatest', () => {
  it('creates the file, applies migrations in name order, and runs each only once', async () => {
    const file = tempFile();
    let db = openDatabase(file);
    await migrateToLatest(db, { '202612020400-notes': createNotes });
    await sql`insert into notes (id, text) values (1, 'kept')`.execute(db);
    await db.destroy();

    db = openDatabase(file);
    await migrateToLatest(db, {
      '202612020400-notes': createNotes,
      '202612020500-notes-author': addAuthor,
    });
    expect(await columns(db, 'notes')).toEqual(['id', 'text', 'author']);
    const { rows } = await sql<{ text: string }>`select text from notes`.execute(db);
    expect(rows).toEqual([{ text: 'kept' }]);
    await db.destroy();
  });

  it('names the migration that failed', async () => {
    const db = openDatabase(tempFile());
    const broken: Migration = {
      up: async (kdb: Kysely<unknown>) => {
        await sql`create table oops (`.execute(kdb);
      },
    };
    await expect(migrateToLatest(db, { '202612020600-broken': broken })).rejects.toThrow(
      /202612020600-broken failed/,
    );
    await db.destroy();
  });

  it('runs the registered migrations of the app without error', async () => {
    const db = openDatabase(tempFile());
    await expect(migrateToLatest(db)).resolves.toBeUndefined();
    await db.destroy();
  });
});
