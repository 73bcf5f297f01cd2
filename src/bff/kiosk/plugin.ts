import type { FastifyInstance } from 'fastify';
import fp from 'fastify-plugin';

import { kioskDatabaseFile, KioskLinkStore } from './kiosk-links';

declare module 'fastify' {
  interface FastifyInstance {
    kioskLinks: KioskLinkStore;
  }
}

/** Decorates `app.kioskLinks`, the kiosk-link store in the data folder. Register before the auth plugin. */
export const kioskLinksPlugin = fp(async (app: FastifyInstance, options: { dataDir: string }) => {
  const store = new KioskLinkStore(kioskDatabaseFile(options.dataDir));
  app.decorate('kioskLinks', store);
  app.addHook('onClose', async () => store.close());
});
