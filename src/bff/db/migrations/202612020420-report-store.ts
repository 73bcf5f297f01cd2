import { type Kysely, type Migration, sql } from 'kysely';

/**
 * The report store (src/bff/report/store): one row per upstream report record, keyed by its
 * identity, plus the device sets that are kept in sync and what each has covered. Portable SQL:
 * integer milliseconds for times, text keys, no SQLite-only column types.
 */
export const reportStoreMigration: Migration = {
  async up(db: Kysely<unknown>) {
    await db.schema
      .createTable('report_terminals')
      .addColumn('id', 'integer', (col) => col.primaryKey().autoIncrement())
      .addColumn('terminal_id', 'text', (col) => col.notNull().unique())
      .addColumn('terminal_num', 'text', (col) => col.notNull().defaultTo(''))
      .execute();

    // Distinct upgradeInfo texts (a few per firmware), read once into sortable columns.
    await db.schema
      .createTable('report_infos')
      .addColumn('id', 'integer', (col) => col.primaryKey().autoIncrement())
      .addColumn('text', 'text', (col) => col.notNull().unique())
      .addColumn('readable', 'integer', (col) => col.notNull())
      .addColumn('version', 'text')
      .addColumn('url', 'text')
      .addColumn('protocol', 'text')
      .addColumn('mode', 'text')
      .execute();

    await db.schema
      .createTable('report_records')
      .addColumn('id', 'integer', (col) => col.primaryKey().autoIncrement())
      // `m:<mark>` when the upstream sends one, else `t:<terminalId>:<sendTimestamp>`.
      .addColumn('record_key', 'text', (col) => col.notNull().unique())
      .addColumn('terminal', 'integer', (col) => col.notNull().references('report_terminals.id'))
      .addColumn('status', 'integer', (col) => col.notNull())
      .addColumn('sent_at', 'bigint', (col) => col.notNull())
      .addColumn('updated_at', 'bigint')
      .addColumn('info', 'integer', (col) => col.notNull().references('report_infos.id'))
      .execute();
    // A device's records by time: its latest record, and every range query through a set's members.
    await db.schema
      .createIndex('report_records_terminal_sent')
      .on('report_records')
      .columns(['terminal', 'sent_at', 'status'])
      .execute();
    // Newest first across devices (the table's default order), and pruning.
    await db.schema
      .createIndex('report_records_sent')
      .on('report_records')
      .column('sent_at')
      .execute();
    // The records a refresh must read again: only the non-final ones (1 waiting, 2 downloading).
    await db.schema
      .createIndex('report_records_open')
      .on('report_records')
      .columns(['terminal', 'sent_at'])
      .where(sql.ref('status'), 'in', [1, 2])
      .execute();

    await db.schema
      .createTable('report_sets')
      .addColumn('id', 'integer', (col) => col.primaryKey().autoIncrement())
      .addColumn('set_key', 'text', (col) => col.notNull().unique())
      .addColumn('resolved_at', 'bigint')
      .addColumn('covered_from', 'bigint')
      .addColumn('covered_to', 'bigint')
      .addColumn('synced_at', 'bigint')
      .addColumn('refreshes', 'integer', (col) => col.notNull().defaultTo(0))
      .addColumn('error_at', 'bigint')
      .addColumn('error_code', 'text')
      .addColumn('error_message', 'text')
      .addColumn('error_request_id', 'text')
      .execute();

    await db.schema
      .createTable('report_set_members')
      .addColumn('set_id', 'integer', (col) =>
        col.notNull().references('report_sets.id').onDelete('cascade'),
      )
      .addColumn('terminal', 'integer', (col) => col.notNull().references('report_terminals.id'))
      // 0 until the member's history over the set's covered range has been read.
      .addColumn('synced', 'integer', (col) => col.notNull().defaultTo(0))
      .addPrimaryKeyConstraint('report_set_members_pk', ['set_id', 'terminal'])
      .execute();
  },
  async down(db: Kysely<unknown>) {
    for (const table of [
      'report_set_members',
      'report_sets',
      'report_records',
      'report_infos',
      'report_terminals',
    ])
      await db.schema.dropTable(table).ifExists().execute();
  },
};
