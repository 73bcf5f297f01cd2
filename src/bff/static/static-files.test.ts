import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { brotliCompressSync, brotliDecompressSync, gunzipSync, gzipSync } from 'node:zlib';

import { afterAll, beforeAll, describe, expect, it } from 'vitest';

import { type SecureHarness, startSecureHarness } from '../security/testing/secure-harness';

const SHELL =
  '<!doctype html><html><head><script type="module" crossorigin src="/assets/index-E1.js"></script></head><body><div id="root"></div></body></html>';
const MANIFEST = {
  'index.html': { file: 'assets/index-E1.js', isEntry: true },
  'src/app/components/app-layout.tsx': { file: 'assets/app-layout-L1.js', imports: ['_api.js'] },
  'src/app/routes/ota-modules.tsx': {
    file: 'assets/ota-modules-M1.js',
    imports: ['_api.js', 'index.html'],
    css: ['assets/ota-modules-M1.css'],
  },
  'src/app/routes/login.tsx': { file: 'assets/login-G1.js' },
  'src/app/routes/upgrade-tasks.tsx': {
    file: 'assets/upgrade-tasks-T1.js',
    imports: ['_api.js', '_select.js'],
    css: ['assets/upgrade-tasks-T1.css'],
  },
  'src/app/routes/products.tsx': { file: 'assets/products-P1.js', imports: ['_api.js'] },
  '_select.js': { file: 'assets/select-S1.js' },
  'src/app/i18n/locales/en/shell.po': { file: 'assets/shell-W1.js' },
  'src/app/i18n/locales/en/console.po': { file: 'assets/console-W1.js' },
  'src/app/i18n/console/console-setup.ts': { file: 'assets/console-setup-W1.js' },
  'src/app/i18n/locales/en/ota-modules.po': { file: 'assets/ota-modules-W1.js' },
  'src/app/i18n/locales/en/upgrade-tasks.po': { file: 'assets/upgrade-tasks-W1.js' },
  'src/app/i18n/locales/en/products.po': { file: 'assets/products-W1.js' },
  _api: {},
  '_api.js': { file: 'assets/api-A1.js' },
};
const SCRIPT = `console.log(${JSON.stringify('x'.repeat(2000))});`;

let h: SecureHarness;
let root: string;
beforeAll(async () => {
  root = mkdtempSync(path.join(os.tmpdir(), 'ota-static-files-'));
  mkdirSync(path.join(root, 'assets'));
  mkdirSync(path.join(root, '.vite'));
  writeFileSync(path.join(root, 'index.html'), SHELL);
  writeFileSync(path.join(root, '.vite', 'manifest.json'), JSON.stringify(MANIFEST));
  const asset = path.join(root, 'assets', 'index-E1.js');
  writeFileSync(asset, SCRIPT);
  writeFileSync(`${asset}.gz`, gzipSync(SCRIPT));
  writeFileSync(`${asset}.br`, brotliCompressSync(SCRIPT));
  h = await startSecureHarness({ staticDir: root });
});
afterAll(async () => {
  await h?.close();
  rmSync(root, { recursive: true, force: true });
});

describe('static files: precompressed, cached by kind', () => {
  it('sends the build’s Brotli copy of a hashed asset, cached for a year', async () => {
    const res = await h.request('GET', '/assets/index-E1.js', {
      headers: { 'accept-encoding': 'gzip, deflate, br' },
    });
    expect(res.statusCode).toBe(200);
    expect(res.headers['content-encoding']).toBe('br');
    expect(res.headers['vary']).toMatch(/accept-encoding/i);
    expect(res.headers['cache-control']).toBe('public, max-age=31536000, immutable');
    expect(brotliDecompressSync(res.rawPayload).toString()).toBe(SCRIPT);
  });

  it('falls back to gzip, then to the plain file', async () => {
    const gz = await h.request('GET', '/assets/index-E1.js', {
      headers: { 'accept-encoding': 'gzip' },
    });
    expect(gz.headers['content-encoding']).toBe('gzip');
    expect(gunzipSync(gz.rawPayload).toString()).toBe(SCRIPT);
    const plain = await h.request('GET', '/assets/index-E1.js', {
      headers: { 'accept-encoding': 'identity' },
    });
    expect(plain.headers['content-encoding']).toBeUndefined();
    expect(plain.body).toBe(SCRIPT);
  });

  it('never lets the browser keep index.html without asking', async () => {
    const res = await h.request('GET', '/index.html');
    expect(res.statusCode).toBe(200);
    expect(res.headers['cache-control']).toBe('no-cache');
  });
});

describe('the SPA shell per page', () => {
  it('preloads the page’s own chunks and stylesheet, not the entry twice', async () => {
    const res = await h.request('GET', '/products/a1P/modules?q=ble', {
      headers: { 'accept-encoding': 'br' },
    });
    expect(res.statusCode).toBe(200);
    expect(res.headers['content-type']).toMatch(/text\/html/);
    expect(res.headers['cache-control']).toBe('no-cache');
    expect(res.headers['content-encoding']).toBe('br');
    const html = brotliDecompressSync(res.rawPayload).toString();
    for (const file of [
      'app-layout-L1.js',
      'ota-modules-M1.js',
      'api-A1.js',
      'shell-W1.js',
      'console-W1.js',
      'console-setup-W1.js',
      'ota-modules-W1.js',
    ]) {
      expect(html).toContain(`<link rel="modulepreload" crossorigin href="/assets/${file}">`);
    }
    expect(html).toContain(
      '<link rel="preload" as="style" crossorigin href="/assets/ota-modules-M1.css">',
    );
    expect(html).toContain(
      '<head>\n    <link rel="preload" as="fetch" crossorigin href="/api/auth/session">',
    );
    expect(html.match(/index-E1\.js/g)).toHaveLength(1);
    expect(html.match(/api-A1\.js/g)).toHaveLength(1);
  });

  it('lists the likely next pages’ files to prefetch when idle, none the page already has', async () => {
    const res = await h.request('GET', '/products/a1P/modules');
    const list = /<script type="application\/json" id="route-prefetch">(.*?)<\/script>/.exec(
      res.body,
    );
    expect(JSON.parse(list?.[1] ?? 'null')).toEqual([
      '/assets/upgrade-tasks-T1.js',
      '/assets/select-S1.js',
      '/assets/upgrade-tasks-W1.js',
      '/assets/products-P1.js',
      '/assets/products-W1.js',
      '/assets/upgrade-tasks-T1.css',
    ]);
    expect(res.body).not.toMatch(/rel="modulepreload"[^>]*(upgrade-tasks|select|products)/);
  });

  it('gives /login only its own chunk, and unknown pages the plain shell', async () => {
    const login = await h.request('GET', '/login', { headers: { 'accept-encoding': 'gzip' } });
    expect(login.headers['content-encoding']).toBe('gzip');
    const html = gunzipSync(login.rawPayload).toString();
    expect(html).toContain('/assets/login-G1.js');
    expect(html).toContain('<link rel="modulepreload" crossorigin href="/assets/shell-W1.js">');
    expect(html).not.toContain('console-W1.js');
    expect(html).not.toMatch(/rel="modulepreload"[^>]*app-layout/);
    expect(html).toContain(
      '["/assets/app-layout-L1.js","/assets/api-A1.js","/assets/products-P1.js","/assets/products-W1.js"]',
    );
    const other = await h.request('GET', '/no/such/page', {
      headers: { 'accept-encoding': 'br;q=0, gzip;q=0' },
    });
    expect(other.headers['content-encoding']).toBeUndefined();
    expect(other.body).not.toContain('app-layout');
    expect(other.body).toContain('shell-W1.js');
  });

  it('asks for the session with the shell on every page but the kiosk (it has its own)', async () => {
    const login = await h.request('GET', '/login', { headers: { 'accept-encoding': 'identity' } });
    expect(login.body).toContain('href="/api/auth/session"');
    const kiosk = await h.request('GET', '/kiosk?token=t', {
      headers: { 'accept-encoding': 'identity' },
    });
    expect(kiosk.statusCode).toBe(200);
    expect(kiosk.body).not.toContain('/api/auth/session');
  });

  it('preloads /reports’ summary for a plain report address and a session, varying by cookie', async () => {
    const url = '/reports?productKey=a1P&range=30d';
    const signedIn = await h.request('GET', url, {
      headers: { 'accept-encoding': 'br', cookie: 'ota_session=s1' },
    });
    expect(signedIn.headers['vary']).toBe('accept-encoding, cookie');
    expect(signedIn.headers['cache-control']).toBe('no-cache');
    const html = brotliDecompressSync(signedIn.rawPayload).toString();
    expect(html).toContain(
      '<link rel="preload" as="fetch" crossorigin href="/api/reports/summary?productKey=a1P&amp;range=30d">',
    );
    expect(html).toContain('index-E1.js');
    const signedOut = await h.request('GET', url, { headers: { 'accept-encoding': 'gzip' } });
    expect(gunzipSync(signedOut.rawPayload).toString()).not.toContain('/api/reports/summary');
  });

  it('preloads a list page’s first answers for a browser with a session, marked for the app', async () => {
    const signedIn = await h.request('GET', '/products', {
      headers: { 'accept-encoding': 'identity', cookie: 'ota_session=s1' },
    });
    expect(signedIn.headers['vary']).toBe('accept-encoding, cookie');
    expect(signedIn.body).toContain(
      '<link rel="preload" as="fetch" crossorigin href="/api/products?page=1&amp;pageSize=20" data-early-answer>',
    );
    const signedOut = await h.request('GET', '/products', {
      headers: { 'accept-encoding': 'identity' },
    });
    expect(signedOut.body).not.toContain('data-early-answer');
  });
});
