import { mkdirSync } from 'node:fs';
import path from 'node:path';

import SQLite from 'better-sqlite3';
import { Kysely, SqliteDialect } from 'kysely';

import type { Database } from './schema';

export type Db = Kysely<Database>;

/**
 * Prepared statements kept per connection, by SQL text, the least recently used going first once
 * their texts pass this many characters together (a prepared statement's memory grows with it).
 */
const STATEMENT_CACHE_CHARS = 1_000_000;
/** SQLite's page cache for this connection, in KiB (it counts in the process's memory). */
const CACHE_KIB = 32 * 1024;

/**
 * better-sqlite3 with its prepared statements kept: Kysely prepares every query it runs, and
 * compiling the same statement again costs more than running it (bulk inserts, hot reads).
 */
function withStatementCache(sqlite: SQLite.Database) {
  const cache = new Map<string, SQLite.Statement>();
  let chars = 0;
  return {
    close: () => sqlite.close(),
    prepare(text: string) {
      // Transactions take the write lock as they begin: another connection may write this file
      // (the report store's ingest thread), and a transaction that read first could not then
      // upgrade to writing (SQLITE_BUSY_SNAPSHOT); begun immediate, it waits (busy_timeout).
      if (text === 'begin') text = 'begin immediate';
      let statement = cache.get(text);
      if (statement) cache.delete(text);
      else {
        statement = sqlite.prepare(text);
        chars += text.length;
      }
      cache.set(text, statement);
      while (chars > STATEMENT_CACHE_CHARS && cache.size > 1) {
        const oldest = cache.keys().next().value as string;
        cache.delete(oldest);
        chars -= oldest.length;
      }
      return statement;
    },
  };
}

/**
 * The BFF's embedded database: one SQLite file (WAL, so readers never wait for the writer).
 * Kysely keeps the SQL portable, so a Postgres dialect can replace this function later.
 */
export function openDatabase(file: string, options: { cacheKib?: number } = {}): Db {
  if (file !== ':memory:') mkdirSync(path.dirname(file), { recursive: true });
  const sqlite = new SQLite(file);
  sqlite.pragma('journal_mode = WAL');
  sqlite.pragma('synchronous = NORMAL');
  sqlite.pragma('busy_timeout = 5000');
  sqlite.pragma('foreign_keys = ON');
  sqlite.pragma(`cache_size = -${options.cacheKib ?? CACHE_KIB}`);
  return new Kysely<Database>({
    dialect: new SqliteDialect({ database: withStatementCache(sqlite) }),
  });
}
