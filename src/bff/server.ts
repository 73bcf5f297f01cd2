import type { IncomingMessage, ServerResponse } from 'node:http';

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

/** How long in-flight requests get to finish before their connections are cut. */
export const SHUTDOWN_GRACE_MS = 10_000;

/** What an event stream's client is told at shutdown: reconnect after this long (ms). */
export const SSE_RETRY_MS = 5000;

/**
 * Listens; `close()` stops accepting connections (new requests on kept-alive ones get 503), ends
 * event streams with a retry hint, lets in-flight requests finish, then closes the app's plugins
 * (the databases last of all). After `graceMs` (10 s) whatever is still open is cut so a stuck
 * upstream cannot block the shutdown.
 */
export async function startBff(
  config: BffConfig,
  port: number,
  host: string,
  graceMs = SHUTDOWN_GRACE_MS,
): Promise<RunningBff> {
  const app = await buildApp(config);
  // Open responses, to end event streams (which never finish by themselves) at shutdown.
  const open = new Set<ServerResponse>();
  app.server.on('request', (_request: IncomingMessage, response: ServerResponse) => {
    open.add(response);
    response.once('close', () => open.delete(response));
  });
  await app.listen({ port, host });
  const address = app.server.address();
  const actualPort = typeof address === 'object' && address ? address.port : port;
  let closing: Promise<void> | undefined;
  return {
    app,
    url: `http://localhost:${actualPort}`,
    // The link printed at start (reused across restarts while it stays active).
    kioskLink: async () =>
      startupKioskLink(app.kioskLinks, config.dataDir, `http://localhost:${actualPort}`),
    close: () => {
      closing ??= (async () => {
        app.log.info('shutting down: finishing in-flight requests');
        // Server-Sent Event streams end with a retry hint: the client comes back to the next server.
        for (const response of open) {
          const type = String(response.getHeader('content-type') ?? '');
          if (type.startsWith('text/event-stream') && !response.writableEnded) {
            response.end(`retry: ${SSE_RETRY_MS}\n\n`);
          }
        }
        const force = setTimeout(() => {
          app.log.warn('shutdown grace period over: closing remaining connections');
          app.server.closeAllConnections();
        }, graceMs);
        force.unref();
        // A kept-alive connection goes idle once its last request is answered: close it then.
        const sweep = setInterval(() => app.server.closeIdleConnections(), 100);
        sweep.unref();
        try {
          await app.close();
        } finally {
          clearTimeout(force);
          clearInterval(sweep);
        }
        app.log.info('shut down');
      })();
      return closing;
    },
  };
}
