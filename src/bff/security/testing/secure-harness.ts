import { mkdtempSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { Writable } from 'node:stream';

import type { FastifyInstance, LightMyRequestResponse } from 'fastify';

import { type EmulatorOptions, type RunningEmulator, startEmulator } from '../../../emulator/index';
import { buildApp } from '../../app';
import { type BffConfig, buildConfig } from '../../config';
import { parseEnv } from '../../env';
import { SESSION_COOKIE, type StoredSession } from '../../plugins/auth';
import { loggerOptions } from '../../plugins/logging';
import { sessionIdHash } from '../../sessions/session-store';

export type Method = 'GET' | 'HEAD' | 'POST' | 'PUT' | 'PATCH' | 'DELETE' | 'OPTIONS';

export interface RequestOptions {
  cookie?: string;
  body?: unknown;
  /** Sent as is (no JSON encoding, no content-type added). */
  rawBody?: string | Buffer;
  headers?: Record<string, string>;
  /** The client's address as the socket shows it (default 127.0.0.1). */
  remoteAddress?: string;
}

export interface SecureHarness {
  app: FastifyInstance;
  emulator: RunningEmulator;
  config: BffConfig;
  dataDir: string;
  /** Every log line the BFF wrote (JSON text). */
  logs: string[];
  /** Every response this harness received (status, headers, body). */
  responses: string[];
  request(method: Method, url: string, options?: RequestOptions): Promise<LightMyRequestResponse>;
  login(username: 'manager' | 'viewer'): Promise<string>;
  /**
   * A session cookie minted directly, as the BFF would have set it: a kiosk's in the cookie; a
   * console role's as a server-side session of the demo account with that role (any age).
   */
  mintCookie(
    user: Partial<StoredSession> & Pick<StoredSession, 'username' | 'role'>,
  ): Promise<string>;
  faults(settings: Record<string, unknown>): Promise<void>;
  /** Closes the BFF only (the emulator and data folder stay), e.g. to restart it. */
  closeApp(): Promise<void>;
  close(): Promise<void>;
}

export interface SecureHarnessOptions {
  env?: Record<string, string>;
  emulator?: Partial<EmulatorOptions>;
  /** Reuse a running emulator and data folder (restart tests). */
  reuse?: { emulator: RunningEmulator; dataDir: string };
  /** Adds routes or hooks before the app is ready. */
  extend?: (app: FastifyInstance) => void | Promise<void>;
  staticDir?: string;
  logLevel?: string;
}

/** The BFF (inject) in front of a real emulator, with its logs and responses recorded for scans. */
export async function startSecureHarness(
  options: SecureHarnessOptions = {},
): Promise<SecureHarness> {
  const dataDir = options.reuse?.dataDir ?? mkdtempSync(path.join(os.tmpdir(), 'ota-sec-'));
  const emulator =
    options.reuse?.emulator ??
    (await startEmulator({
      host: '127.0.0.1',
      port: 0,
      dataDir,
      clock: 'stopped',
      ...options.emulator,
    }));
  const config = buildConfig(parseEnv({ DATA_DIR: dataDir, LOG_LEVEL: 'silent', ...options.env }), {
    emulatorUrl: emulator.url,
    staticDir: options.staticDir ?? null,
  });
  const logs: string[] = [];
  const stream = new Writable({
    write(chunk, _encoding, done) {
      logs.push(String(chunk));
      done();
    },
  });
  const app = await buildApp(config, {
    logger: loggerOptions(options.logLevel ?? 'trace', stream),
  });
  await options.extend?.(app);
  await app.ready();

  const responses: string[] = [];
  const request: SecureHarness['request'] = async (method, url, opts = {}) => {
    const response = await app.inject({
      method,
      url,
      headers: {
        ...(opts.cookie ? { cookie: opts.cookie } : {}),
        ...(opts.body !== undefined ? { 'content-type': 'application/json' } : {}),
        ...opts.headers,
      },
      payload: opts.rawBody ?? (opts.body === undefined ? undefined : JSON.stringify(opts.body)),
      ...(opts.remoteAddress ? { remoteAddress: opts.remoteAddress } : {}),
    });
    responses.push(`${response.statusCode} ${JSON.stringify(response.headers)}\n${response.body}`);
    return response;
  };

  let appClosed = false;
  const closeApp = async () => {
    if (appClosed) return;
    appClosed = true;
    await app.close();
  };

  return {
    app,
    emulator,
    config,
    dataDir,
    logs,
    responses,
    request,
    async login(username) {
      const response = await request('POST', '/api/auth/login', {
        body: { username, password: username },
      });
      if (response.statusCode !== 200) throw new Error(`login failed: ${response.body}`);
      const cookie = response.cookies.find((c) => c.name === SESSION_COOKIE);
      if (!cookie) throw new Error('no session cookie');
      return `${cookie.name}=${encodeURIComponent(cookie.value)}`;
    },
    async mintCookie(user) {
      const now = Date.now();
      let data: Record<string, unknown>;
      if (user.role === 'kiosk') {
        data = { user: { createdAt: now, seenAt: now, ...user } };
      } else {
        const sid = await app.consoleSessions.open(user.role);
        await app.db
          .updateTable('console_sessions')
          .set({ created_at: user.createdAt ?? now, seen_at: user.seenAt ?? now })
          .where('id_hash', '=', sessionIdHash(sid))
          .execute();
        data = { sid };
      }
      const session = app.createSecureSession(data);
      return `${SESSION_COOKIE}=${encodeURIComponent(app.encodeSecureSession(session))}`;
    },
    async faults(settings) {
      const response = await fetch(`${emulator.url}/__emulator/faults`, {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify(settings),
      });
      if (!response.ok) throw new Error(`faults: ${response.status} ${await response.text()}`);
      // Reads kept from before the fault would hide it: forget them, as a fresh look would.
      app.cloud.cache.invalidate();
    },
    closeApp,
    async close() {
      await closeApp();
      if (!options.reuse) {
        await emulator.close();
        rmSync(dataDir, { recursive: true, force: true });
      }
    },
  };
}
