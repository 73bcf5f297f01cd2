import type { FastifyInstance } from 'fastify';
import fp from 'fastify-plugin';

import { type PreferencesStore, SqlPreferencesStore } from './preferences-store';

declare module 'fastify' {
  interface FastifyInstance {
    /** Each console user's settings (src/bff/preferences). */
    preferences: PreferencesStore;
  }
}

export const preferencesPlugin = fp(
  async (app: FastifyInstance) => {
    app.decorate('preferences', new SqlPreferencesStore(app.db));
  },
  { name: 'preferences', dependencies: ['db'] },
);
