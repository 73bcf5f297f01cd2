import { type Kysely, sql } from 'kysely';

/**
 * The device directory: which report terminal (terminalId, terminalNum) each IoT device
 * (ProductKey + DeviceName) is. One row per device; a terminal belongs to one device. Beside it,
 * per report device set, what the last resolution could not match (shown with the figures).
 */
export const directory = {
  async up(db: Kysely<unknown>): Promise<void> {
    await db.schema
      .createTable('directory_entries')
      .addColumn('product_key', 'text', (col) => col.notNull())
      .addColumn('device_name', 'text', (col) => col.notNull())
      .addColumn('terminal_id', 'text', (col) => col.notNull().unique())
      .addColumn('terminal_num', 'text')
      .addColumn('updated_at', 'text', (col) => col.notNull())
      .addColumn('updated_by', 'text', (col) => col.notNull())
      .addPrimaryKeyConstraint('directory_entries_pk', ['product_key', 'device_name'])
      .execute();
    await db.schema
      .createIndex('directory_entries_device_name')
      .on('directory_entries')
      .column('device_name')
      .execute();
    await db.schema
      .createIndex('directory_entries_terminal_num')
      .on('directory_entries')
      .column('terminal_num')
      .where(sql.ref('terminal_num'), 'is not', null)
      .execute();
    await db.schema
      .createTable('directory_set_notes')
      .addColumn('set_key', 'text', (col) => col.primaryKey())
      .addColumn('unmatched_count', 'integer', (col) => col.notNull())
      .addColumn('unmatched', 'text', (col) => col.notNull())
      .addColumn('unknown_ids', 'text', (col) => col.notNull())
      .addColumn('noted_at', 'text', (col) => col.notNull())
      .execute();
  },
  async down(db: Kysely<unknown>): Promise<void> {
    await db.schema.dropTable('directory_set_notes').execute();
    await db.schema.dropTable('directory_entries').execute();
  },
};
