import type { Kysely, Migration } from 'kysely';

/** Per-user settings (src/bff/preferences): one row per console user who changed one. */
export const userPreferences: Migration = {
  up: async (db: Kysely<unknown>) => {
    await db.schema
      .createTable('user_preferences')
      .addColumn('username', 'text', (col) => col.primaryKey())
      .addColumn('time_zone', 'text', (col) => col.notNull())
      // Null: no language chosen (the browser's preference decides).
      .addColumn('locale', 'text')
      .addColumn('updated_at', 'text', (col) => col.notNull())
      .execute();
  },
};
