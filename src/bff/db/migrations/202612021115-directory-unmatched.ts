import { type Kysely, type Migration, sql } from 'kysely';

/** The table as this migration creates it (later ones may change it). */
interface Tables {
  directory_unmatched: { set_key: string; product_key: string; device_name: string };
}

/** Rows per INSERT when the legacy lists are copied (3 bound values each). */
const COPY_CHUNK = 1000;

/**
 * Every device of a report device set (product, firmware or job) that has no report terminal, one
 * row each, replaced when the set is resolved again (src/bff/directory/set-notes-store.ts). It
 * replaces the JSON list in `directory_set_notes.unmatched`, which kept only the first 1000.
 *
 * The lists noted so far are copied over; a set that had more than 1000 lists the rest after its
 * next resolution (sets are resolved again every 10 minutes while they are watched).
 */
export const directoryUnmatched: Migration = {
  async up(db: Kysely<unknown>) {
    await db.schema
      .createTable('directory_unmatched')
      .addColumn('set_key', 'text', (col) => col.notNull())
      .addColumn('product_key', 'text', (col) => col.notNull())
      .addColumn('device_name', 'text', (col) => col.notNull())
      // A set's devices in name order: the list's paging reads the key itself.
      .addPrimaryKeyConstraint('directory_unmatched_pk', ['set_key', 'device_name', 'product_key'])
      .execute();
    // Every set's devices together, in name order (the list without a filter).
    await db.schema
      .createIndex('directory_unmatched_device')
      .on('directory_unmatched')
      .columns(['device_name', 'product_key'])
      .execute();

    const { rows } = await sql<{
      set_key: string;
      unmatched: string;
    }>`SELECT set_key, unmatched FROM directory_set_notes WHERE unmatched_count > 0`.execute(db);
    const typed = db as unknown as Kysely<Tables>;
    for (const row of rows) {
      const devices = JSON.parse(row.unmatched) as Array<{
        productKey: string;
        deviceName: string;
      }>;
      for (let i = 0; i < devices.length; i += COPY_CHUNK) {
        await typed
          .insertInto('directory_unmatched')
          .values(
            devices.slice(i, i + COPY_CHUNK).map((d) => ({
              set_key: row.set_key,
              product_key: d.productKey,
              device_name: d.deviceName,
            })),
          )
          .onConflict((oc) => oc.doNothing())
          .execute();
      }
    }
    await db.schema.alterTable('directory_set_notes').dropColumn('unmatched').execute();
  },
  async down(db: Kysely<unknown>) {
    await db.schema
      .alterTable('directory_set_notes')
      .addColumn('unmatched', 'text', (col) => col.notNull().defaultTo('[]'))
      .execute();
    await db.schema.dropTable('directory_unmatched').execute();
  },
};
