import path from 'node:path';

import type { FastifyInstance } from 'fastify';
import fp from 'fastify-plugin';

import { migrateToLatest } from '../db/migrate';
import { type Db, openDatabase } from '../db/open-database';

declare module 'fastify' {
  interface FastifyInstance {
    /** The BFF's own database (`DATA_DIR/bff.sqlite`), migrated to the newest schema. */
    db: Db;
  }
}

export const dbPlugin = fp(
  async (app: FastifyInstance, options: { dataDir: string }) => {
    const db = openDatabase(path.join(options.dataDir, 'bff.sqlite'));
    await migrateToLatest(db);
    app.decorate('db', db);
    app.addHook('onClose', async () => db.destroy());
  },
  { name: 'db' },
);
