import { execFile } from 'node:child_process';
import { mkdtempSync, readdirSync, readFileSync, rmSync, statSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { promisify } from 'node:util';

import { afterAll, beforeAll, describe, expect, it } from 'vitest';

import { DEMO_ACCESS_KEY_SECRET } from '../demo-defaults';
import { type SecureHarness, startSecureHarness } from './testing/secure-harness';

const run = promisify(execFile);

/** Distinctive secrets: the scans look for these exact strings. */
const ACCESS_KEY_SECRET = 'canary-access-key-secret-7f3a9c';
const SESSION_SECRET = 'canary-session-secret-Qw8Er4Ty6Ui2Op0As5Df7Gh';
const REPORT_PASSWORD = 'canary-report-password-5b8d2e';
const SECRETS = [ACCESS_KEY_SECRET, SESSION_SECRET, REPORT_PASSWORD, DEMO_ACCESS_KEY_SECRET];

function filesUnder(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const full = path.join(dir, name);
    return statSync(full).isDirectory() ? filesUnder(full) : [full];
  });
}

function expectNoSecret(text: string, where: string) {
  for (const secret of SECRETS) expect(text.includes(secret), `${secret} in ${where}`).toBe(false);
  // A signed upstream URL or the gateway's string-to-sign would reveal the request signature.
  expect(/[?&]Signature=|string to sign/i.test(text), `signed URL in ${where}`).toBe(false);
}

describe('built assets', () => {
  let outDir: string;
  beforeAll(async () => {
    outDir = mkdtempSync(path.join(os.tmpdir(), 'ota-build-'));
    // The secrets sit in the build's environment, as they might on a careless CI runner.
    await run(
      'npx',
      ['vite', 'build', '--outDir', outDir, '--emptyOutDir', '--logLevel', 'error'],
      {
        cwd: path.resolve(import.meta.dirname, '../../..'),
        env: {
          ...process.env,
          OTA_ACCESS_KEY_SECRET: ACCESS_KEY_SECRET,
          SESSION_SECRET,
          REPORT_PASSWORD,
          VITE_SESSION_SECRET_PROBE: 'not-used',
        },
        timeout: 60_000,
      },
    );
  }, 70_000);
  afterAll(() => rmSync(outDir, { recursive: true, force: true }));

  it('hold none of the secrets', () => {
    const files = filesUnder(outDir);
    expect(files.some((f) => f.endsWith('.js'))).toBe(true);
    for (const file of files)
      expectNoSecret(readFileSync(file, 'utf8'), path.relative(outDir, file));
  });
});

describe('API responses and log lines', () => {
  let h: SecureHarness;
  beforeAll(async () => {
    h = await startSecureHarness({
      emulator: {
        accessKeys: { 'canary-key-id': ACCESS_KEY_SECRET },
        reportUsers: { reporter: REPORT_PASSWORD },
      },
      env: {
        OTA_ACCESS_KEY_ID: 'canary-key-id',
        OTA_ACCESS_KEY_SECRET: ACCESS_KEY_SECRET,
        SESSION_SECRET,
        REPORT_USERNAME: 'reporter',
        REPORT_PASSWORD,
        OTA_TIMEOUT_MS: '500',
      },
      logLevel: 'trace',
    });
  });
  afterAll(async () => {
    await h?.close();
  });

  it('hold none of the secrets, across normal use, errors and upstream faults', async () => {
    await h.request('POST', '/api/auth/login', {
      body: { username: 'manager', password: 'wrong' },
    });
    const manager = await h.login('manager');
    const viewer = await h.login('viewer');
    const kiosk = await h.mintCookie({ username: 'kiosk', role: 'kiosk' });
    const routes = h.app.routeCatalog.filter(
      (r) => r.url.startsWith('/api/') && r.method === 'GET',
    );
    const concrete = (url: string) => url.replace(/:(\w+)/g, 'x1');
    const products = (await h.request('GET', '/api/products', { cookie: manager })).json();
    expect(products.items.length).toBeGreaterThan(0);
    const productKey = products.items[0].productKey as string;

    for (const cookie of [manager, viewer, kiosk, undefined]) {
      for (const route of routes)
        await h.request('GET', concrete(route.url).replace('/x1/', `/${productKey}/`), { cookie });
    }
    await h.request('POST', `/api/products/${productKey}/modules`, {
      cookie: manager,
      body: { moduleName: 'scanmod', aliasName: 'Scan', desc: '' },
    });
    for (const fault of [
      { status5xx: 5 },
      { malformedJson: 5 },
      { reset: 5 },
      { latencyMs: 900 },
      { throttle: 5 },
    ]) {
      await h.faults({ clear: true, scope: 'all', ...fault });
      await h.request('GET', '/api/products', { cookie: manager });
      await h.request('GET', '/api/reports/summary', { cookie: manager });
      await h.request('GET', '/readyz');
    }
    await h.faults({ clear: true });
    await h.request('POST', '/api/auth/logout', { cookie: manager, body: {} });

    expect(h.logs.length).toBeGreaterThan(20);
    expect(h.logs.some((line) => line.includes('"reqId"'))).toBe(true);
    expectNoSecret(h.responses.join('\n'), 'responses');
    expectNoSecret(h.logs.join('\n'), 'logs');
    // The session cookie never reaches a log line either.
    expect(h.logs.join('\n')).not.toContain(manager.split('=')[1]!.slice(0, 24));
  });
});
