import type { FastifyInstance } from 'fastify';

import { buildApp } from './app';
import type { BffConfig } from './config';
import { startupKioskLink } from './kiosk/kiosk-links';

export interface RunningBff {
  app: FastifyInstance;
  url: string;
  close(): Promise<void>;
  /** A kiosk link to print at start, when kiosk links are enabled. */
  kioskLink?: () => Promise<string | undefined>;
}

/** Listens; `close()` stops accepting and lets in-flight requests finish. */
export async function startBff(config: BffConfig, port: number, host: string): Promise<RunningBff> {
  const app = await buildApp(config);
  await app.listen({ port, host });
  const address = app.server.address();
  const actualPort = typeof address === 'object' && address ? address.port : port;
  return {
    app,
    url: `http://localhost:${actualPort}`,
    close: () => app.close(),
    kioskLink: async () => startupKioskLink(app.kioskLinks, config.dataDir, `http://localhost:${actualPort}`),
  };
}
