import { mkdtempSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';

import { afterAll, beforeAll, describe, expect, it } from 'vitest';

import { type RunningEmulator, startEmulator } from '../emulator/index';
import { buildConfig } from './config';
import { parseEnv } from './env';
import { SSE_RETRY_MS, startBff } from './server';

let emulator: RunningEmulator;
let dataDir: string;
beforeAll(async () => {
  dataDir = mkdtempSync(path.join(os.tmpdir(), 'ota-shutdown-'));
  emulator = await startEmulator({ host: '127.0.0.1', port: 0, dataDir, clock: 'stopped' });
});
afterAll(async () => {
  await emulator?.close();
  rmSync(dataDir, { recursive: true, force: true });
});

describe('graceful shutdown', () => {
  it('ends an open event stream with a retry hint instead of waiting for it', async () => {
    const config = buildConfig(parseEnv({ DATA_DIR: dataDir, LOG_LEVEL: 'silent' }), {
      emulatorUrl: emulator.url,
    });
    const bff = await startBff(config, 0, '127.0.0.1');
    const base = bff.url.replace('localhost', '127.0.0.1');
    const login = await fetch(`${base}/api/auth/login`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', origin: base },
      body: JSON.stringify({ username: 'viewer', password: 'viewer' }),
    });
    expect(login.status).toBe(200);
    const cookie = login.headers
      .getSetCookie()
      .map((c) => c.split(';')[0])
      .join('; ');
    const stream = await fetch(`${base}/api/reports/stream?productKey=a1AssetTrk1&range=24h`, {
      headers: { cookie, accept: 'text/event-stream' },
    });
    expect(stream.headers.get('content-type')).toMatch(/text\/event-stream/);
    const reader = stream.body!.getReader();
    const decoder = new TextDecoder();
    let text = decoder.decode((await reader.read()).value);

    const started = Date.now();
    const closed = bff.close();
    for (;;) {
      const { value, done } = await reader.read();
      if (done) break;
      text += decoder.decode(value);
    }
    await closed;
    expect(text).toContain(`retry: ${SSE_RETRY_MS}`);
    expect(Date.now() - started).toBeLessThan(5_000);
  });
});
