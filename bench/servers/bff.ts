import pino from 'pino';

import { buildApp } from '../../src/bff/app';
import { buildConfig } from '../../src/bff/config';
import { parseEnv } from '../../src/bff/env';
import { loggerOptions } from '../../src/bff/plugins/logging';
import type { ChildOptions } from './child';

/** The real BFF app, configured as `npm start` does, logging at `info` into /dev/null. */
export async function startBenchBff(options: ChildOptions) {
  const env = parseEnv({
    DATA_DIR: options.dataDir,
    LOG_LEVEL: 'info',
    KIOSK_REFRESH_SECONDS: String(options.kioskRefreshSeconds ?? 30),
    ...(options.reportPageSize ? { REPORT_PAGE_SIZE: String(options.reportPageSize) } : {}),
  });
  const config = buildConfig(env, {
    emulatorUrl: options.emulatorUrl,
    staticDir: options.staticDir ?? null,
  });
  // The 10/s token bucket is the cloud's quota, not the software: unless a suite asks for the real
  // quota, let it count every call (its bookkeeping stays in the path) but never hold one back.
  if (!options.realQuota) {
    config.upstream.rateLimit = { ratePerSecond: 1e6, burst: 1e6, maxWaitMs: 30_000 };
  }
  const app = await buildApp(config, {
    logger: loggerOptions('info', pino.destination({ dest: '/dev/null', sync: false })),
  });
  await app.listen({ host: '127.0.0.1', port: 0 });
  const address = app.server.address();
  const port = typeof address === 'object' && address ? address.port : 0;
  return { app, url: `http://127.0.0.1:${port}` };
}
