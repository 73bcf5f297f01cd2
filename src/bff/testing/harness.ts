import { mkdtempSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';

import type { FastifyInstance, LightMyRequestResponse } from 'fastify';

import { type RunningEmulator, startEmulator } from '../../emulator/index';
import { buildApp, type BuildAppOptions } from '../app';
import { type BffConfig, buildConfig } from '../config';
import { parseEnv } from '../env';

export interface Harness {
  app: FastifyInstance;
  emulator: RunningEmulator;
  config: BffConfig;
  /** Session cookie header for a demo account. */
  login(username: 'manager' | 'viewer'): Promise<string>;
  /** JSON request as the console's own page would send it. */
  request(
    method: 'GET' | 'POST' | 'PUT' | 'PATCH' | 'DELETE',
    url: string,
    options?: { cookie?: string; body?: unknown; headers?: Record<string, string> },
  ): Promise<LightMyRequestResponse>;
  resetEmulator(): Promise<void>;
  emulatorHook(pathname: string, body?: unknown): Promise<unknown>;
  /** RPC calls the emulator answered since its last reset, by Action. */
  emulatorCalls(): Promise<{ total: number; byAction: Record<string, number> }>;
  close(): Promise<void>;
}

/** The BFF in-process (inject) in front of a real emulator over HTTP, each with a temp data dir. */
export async function startHarness(
  env: Record<string, string> = {},
  options: Pick<BuildAppOptions, 'reportTuning'> & {
    /** Run the emulator in strict mode: only the real API's Actions (see src/emulator/README.md). */
    strict?: boolean;
  } = {},
): Promise<Harness> {
  const dataDir = mkdtempSync(path.join(os.tmpdir(), 'ota-harness-'));
  const emulator = await startEmulator({
    host: '127.0.0.1',
    port: 0,
    dataDir,
    clock: 'stopped',
    strict: options.strict ?? false,
  });
  const config = buildConfig(parseEnv({ DATA_DIR: dataDir, LOG_LEVEL: 'silent', ...env }), {
    emulatorUrl: emulator.url,
  });
  const app = await buildApp(config, { logger: false, reportTuning: options.reportTuning });
  await app.ready();

  const request: Harness['request'] = (method, url, options = {}) =>
    app.inject({
      method,
      url,
      headers: {
        ...(options.cookie ? { cookie: options.cookie } : {}),
        ...(options.body !== undefined ? { 'content-type': 'application/json' } : {}),
        ...options.headers,
      },
      payload: options.body === undefined ? undefined : JSON.stringify(options.body),
    });

  const emulatorHook = async (pathname: string, body?: unknown) => {
    const response = await fetch(`${emulator.url}${pathname}`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify(body ?? {}),
    });
    if (!response.ok) throw new Error(`${pathname}: ${response.status}`);
    // A reset, reseed or clock step changes the world behind the BFF's back: forget what it read.
    if (/^\/__emulator\/(reset|seed|clock)/.test(pathname)) app.cloud.cache.invalidate();
    return response.json().catch(() => undefined);
  };

  return {
    app,
    emulator,
    config,
    request,
    emulatorHook,
    emulatorCalls: async () =>
      (await fetch(`${emulator.url}/__emulator/calls`)).json() as Promise<{
        total: number;
        byAction: Record<string, number>;
      }>,
    resetEmulator: async () => {
      await emulatorHook('/__emulator/reset');
    },
    async login(username) {
      const response = await request('POST', '/api/auth/login', {
        body: { username, password: username },
      });
      if (response.statusCode !== 200) throw new Error(`login failed: ${response.body}`);
      // The raw (still URL-encoded) pair, exactly as a browser would send it back.
      const header = [response.headers['set-cookie'] ?? []]
        .flat()
        .find((c) => c.startsWith('ota_session='));
      if (!header) throw new Error('no session cookie');
      return header.split(';')[0]!;
    },
    async close() {
      await app.close();
      await emulator.close();
      rmSync(dataDir, { recursive: true, force: true });
    },
  };
}
