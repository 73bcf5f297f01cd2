import type { Kysely, Migration } from 'kysely';

/** Console sessions (src/bff/sessions): one row per signed-in browser, deleted when it ends. */
export const consoleSessions: Migration = {
  up: async (db: Kysely<unknown>) => {
    await db.schema
      .createTable('console_sessions')
      // SHA-256 of the session id: a copy of the database opens no session.
      .addColumn('id_hash', 'text', (col) => col.primaryKey())
      .addColumn('username', 'text', (col) => col.notNull())
      // Which password hash the session was opened with (itself a hash, never the hash).
      .addColumn('credential', 'text', (col) => col.notNull())
      .addColumn('created_at', 'bigint', (col) => col.notNull())
      .addColumn('seen_at', 'bigint', (col) => col.notNull())
      .execute();
    await db.schema
      .createIndex('console_sessions_username')
      .on('console_sessions')
      .column('username')
      .execute();
    await db.schema
      .createIndex('console_sessions_seen_at')
      .on('console_sessions')
      .column('seen_at')
      .execute();
  },
};
