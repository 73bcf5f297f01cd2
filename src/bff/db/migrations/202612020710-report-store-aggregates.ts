import { type Kysely, type Migration, sql } from 'kysely';

/**
 * The report store, second shape (src/bff/report/store): records keyed by (terminal, sent_at,
 * mark) rather than a random text key (inserts land next to the device's other records), and
 * figures kept up to date as records arrive, so answers read thousands of rows instead of
 * millions:
 *
 * - `report_latest`: every terminal's newest record (count=latest, stuck devices);
 * - `report_set_hours`: per device set, records per UTC hour of sendTime and status;
 * - `report_set_latest`: per device set, devices per UTC hour and status of their newest record.
 *
 * The records are a copy of the upstream's, so the old rows are dropped and every set reads its
 * range again on its next sync (its members and settings stay).
 */
export const reportStoreAggregates: Migration = {
  async up(db: Kysely<unknown>) {
    await db.schema.dropTable('report_records').execute();
    await sql`UPDATE report_sets SET covered_from = NULL, covered_to = NULL, synced_at = NULL, refreshes = 0`.execute(
      db,
    );
    await sql`UPDATE report_set_members SET synced = 0`.execute(db);

    await db.schema
      .createTable('report_records')
      .addColumn('id', 'integer', (col) => col.primaryKey().autoIncrement())
      .addColumn('terminal', 'integer', (col) => col.notNull().references('report_terminals.id'))
      .addColumn('sent_at', 'bigint', (col) => col.notNull())
      // The upstream's `mark`, '' when it sends none (then terminal + sendTime is the identity).
      .addColumn('mark', 'text', (col) => col.notNull())
      .addColumn('status', 'integer', (col) => col.notNull())
      // The status before the last change: an upsert answers what it changed in one statement.
      .addColumn('prev_status', 'integer')
      .addColumn('updated_at', 'bigint')
      .addColumn('info', 'integer', (col) => col.notNull().references('report_infos.id'))
      .execute();
    // Identity, and a device's records by time.
    await db.schema
      .createIndex('report_records_identity')
      .on('report_records')
      .columns(['terminal', 'sent_at', 'mark'])
      .unique()
      .execute();
    // Newest first across devices (the table's default order), edge hours, pruning.
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
      .createTable('report_latest')
      .addColumn('terminal', 'integer', (col) => col.primaryKey().references('report_terminals.id'))
      .addColumn('record', 'integer', (col) => col.notNull())
      .addColumn('sent_at', 'bigint', (col) => col.notNull())
      .addColumn('status', 'integer', (col) => col.notNull())
      .addColumn('updated_at', 'bigint')
      // What it was before the last change (see prev_status above); null when new.
      .addColumn('prev_sent_at', 'bigint')
      .addColumn('prev_status', 'integer')
      .execute();
    await db.schema
      .createIndex('report_latest_sent')
      .on('report_latest')
      .column('sent_at')
      .execute();

    for (const table of ['report_set_hours', 'report_set_latest']) {
      await db.schema
        .createTable(table)
        .addColumn('set_id', 'integer', (col) =>
          col.notNull().references('report_sets.id').onDelete('cascade'),
        )
        // UTC hours since the epoch (sendTime / 3,600,000).
        .addColumn('hour', 'integer', (col) => col.notNull())
        .addColumn('status', 'integer', (col) => col.notNull())
        .addColumn('n', 'integer', (col) => col.notNull())
        .addPrimaryKeyConstraint(`${table}_pk`, ['set_id', 'hour', 'status'])
        .execute();
    }
    // Which sets a terminal belongs to (figures follow its records into every set).
    await db.schema
      .createIndex('report_set_members_terminal')
      .on('report_set_members')
      .columns(['terminal', 'set_id'])
      .execute();
  },
  async down(db: Kysely<unknown>) {
    for (const table of ['report_set_latest', 'report_set_hours', 'report_latest'])
      await db.schema.dropTable(table).ifExists().execute();
    await db.schema.dropIndex('report_set_members_terminal').ifExists().execute();
  },
};
