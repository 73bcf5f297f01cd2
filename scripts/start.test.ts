import { type ChildProcess, spawn } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import http from 'node:http';
import os from 'node:os';
import path from 'node:path';

import { afterAll, beforeAll, describe, expect, it } from 'vitest';

/*
 * `npm start` as a user runs it: real processes, real ports. The emulator is a child process of
 * its own; holding it still (SIGSTOP) makes BFF reads answer a clear JSON error within the
 * upstream timeout, and the BFF recovers after SIGCONT; a killed emulator is restarted; SIGTERM
 * lets every read in flight finish (2xx), refuses new connections and exits 0.
 */
const TIMEOUT_MS = 3000;
const port = 20_000 + Math.floor(Math.random() * 20_000);
const emulatorPort = port + 1;
const base = `http://localhost:${port}`;
let dataDir: string;
let start: ChildProcess;
let output = '';
let cookie = '';

const alive = (pid: number) => {
  try {
    process.kill(pid, 0);
    return true;
  } catch {
    return false;
  }
};

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

async function waitFor<T>(
  what: string,
  check: () => T | undefined | Promise<T | undefined>,
  ms: number,
): Promise<T> {
  const until = Date.now() + ms;
  for (;;) {
    const value = await check();
    if (value !== undefined) return value;
    if (Date.now() > until) throw new Error(`timed out waiting for ${what}\n${output}`);
    await sleep(100);
  }
}

const emulatorPid = () => {
  const found = [...output.matchAll(/\[emulator\] Emulator: \S+ \(pid (\d+)/g)].at(-1);
  return found ? Number(found[1]) : undefined;
};

let distinct = 0;
/** A read the BFF cannot answer from its cache (each asks a page size of its own). */
const read = (pageSize = (distinct++ % 190) + 1) =>
  fetch(`${base}/api/products?pageSize=${pageSize}`, { headers: { cookie } });

/** A new connection (no kept-alive one from the pool): its status, or the connection error. */
const freshConnection = () =>
  new Promise<number | string>((resolve) => {
    const request = http.get(`${base}/api/healthz`, { agent: false }, (response) => {
      response.resume();
      resolve(response.statusCode ?? 0);
    });
    request.on('error', (error: NodeJS.ErrnoException) => resolve(error.code ?? error.message));
  });

beforeAll(async () => {
  dataDir = mkdtempSync(path.join(os.tmpdir(), 'ota-start-'));
  start = spawn(process.execPath, ['--import', 'tsx', 'scripts/start.ts'], {
    env: {
      ...process.env,
      PORT: String(port),
      EMULATOR_PORT: String(emulatorPort),
      DATA_DIR: dataDir,
      LOG_LEVEL: 'warn',
      OTA_TIMEOUT_MS: String(TIMEOUT_MS),
      OTA_QUEUE_MAX_WAIT_MS: '5000',
    },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  start.stdout!.on('data', (chunk) => (output += String(chunk)));
  start.stderr!.on('data', (chunk) => (output += String(chunk)));
  await waitFor(
    'the console to start',
    () => (output.includes('Kiosk:') ? true : undefined),
    120_000,
  );
  const login = await fetch(`${base}/api/auth/login`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', origin: base },
    body: JSON.stringify({ username: 'viewer', password: 'viewer' }),
  });
  expect(login.status).toBe(200);
  cookie = login.headers
    .getSetCookie()
    .map((c) => c.split(';')[0])
    .join('; ');
}, 150_000);

afterAll(async () => {
  const pid = emulatorPid();
  if (pid && alive(pid)) process.kill(pid, 'SIGCONT');
  if (start && start.exitCode === null) start.kill('SIGKILL');
  if (pid && alive(pid)) process.kill(pid, 'SIGKILL');
  rmSync(dataDir, { recursive: true, force: true });
});

describe('npm start: the emulator in its own supervised process', { timeout: 120_000 }, () => {
  it('runs the emulator as a separate process, its output prefixed', async () => {
    const pid = emulatorPid();
    expect(pid).toBeDefined();
    expect(pid).not.toBe(start.pid);
    expect(output).toContain(`process ${pid}`);
    expect(alive(pid!)).toBe(true);
    expect(output).toMatch(/\[emulator\] Emulator: http:\/\/127\.0\.0\.1:\d+/);
    expect((await read()).status).toBe(200);
  });

  it('answers a clear JSON error within the upstream timeout while the emulator is stopped, and recovers after SIGCONT', async () => {
    const pid = emulatorPid()!;
    process.kill(pid, 'SIGSTOP');
    try {
      const started = Date.now();
      const response = await read();
      const elapsed = Date.now() - started;
      expect(response.status).toBe(504);
      expect(response.headers.get('content-type')).toMatch(/application\/json/);
      expect(await response.json()).toMatchObject({
        code: 'UpstreamTimeout',
        message: expect.stringMatching(/did not answer in time/),
      });
      // The per-call timeout, plus the little it takes to answer.
      expect(elapsed).toBeGreaterThanOrEqual(TIMEOUT_MS - 100);
      expect(elapsed).toBeLessThan(TIMEOUT_MS + 1_000);
    } finally {
      process.kill(pid, 'SIGCONT');
    }
    const resumed = Date.now();
    await waitFor(
      'a read to succeed again',
      async () => ((await read()).status === 200 ? true : undefined),
      20_000,
    );
    expect(Date.now() - resumed).toBeLessThan(20_000);
  });

  it('restarts the emulator when it dies', async () => {
    const before = emulatorPid()!;
    process.kill(before, 'SIGKILL');
    const after = await waitFor(
      'a new emulator process',
      () => {
        const pid = emulatorPid();
        return pid && pid !== before ? pid : undefined;
      },
      60_000,
    );
    expect(alive(after)).toBe(true);
    expect(output).toMatch(/\[emulator\] exited \(SIGKILL\); restarting/);
    await waitFor(
      'reads to work again',
      async () => ((await read()).status === 200 ? true : undefined),
      20_000,
    );
  });

  it('on SIGTERM answers all 20 reads in flight (2xx), refuses new connections, stops the emulator and exits 0', async () => {
    const pid = emulatorPid()!;
    // Hold the upstream still so the reads are truly in flight when the signal comes.
    process.kill(pid, 'SIGSTOP');
    // 20 reads of 5 pages: identical reads share one upstream call, as they would in production.
    const reads = Array.from({ length: 20 }, (_, i) => read(150 + (i % 5)));
    await sleep(500);
    const exited = new Promise<number | null>((resolve) =>
      start.once('exit', (code) => resolve(code)),
    );
    start.kill('SIGTERM');
    await sleep(500);
    const refused = await freshConnection();
    process.kill(pid, 'SIGCONT');
    const statuses = (await Promise.all(reads)).map((r) => r.status);
    expect(statuses).toEqual(Array(20).fill(200));
    expect(refused).toBe('ECONNREFUSED');
    expect(await exited).toBe(0);
    await waitFor('the emulator to stop', () => (alive(pid) ? undefined : true), 10_000);
  });
});
