import path from 'node:path';

import type { FastifyInstance } from 'fastify';
import fp from 'fastify-plugin';

import { migrateToLatest } from '../db/migrate';
import { type Db, openDatabase } from '../db/open-database';

declare module 'fastify' {
  interface FastifyInstance {
    /** The BFF's own database (`DATA_DIR/bff.sqlite`), migrated to the newest schema. */
    db: Db;
    /** Its file, for the connections of other threads (the report store's ingest thread). */
    dbFile: string;
  }
}

export const dbPlugin = fp(
  async (app: FastifyInstance, options: { dataDir: string }) => {
    const file = path.join(options.dataDir, 'bff.sqlite');
    const db = openDatabase(file);
    await migrateToLatest(db);
    app.decorate('db', db);
    app.decorate('dbFile', file);
    app.addHook('onClose', async () => db.destroy());
  },
  { name: 'db' },
);
