import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';

import { afterAll, beforeAll, describe, expect, it } from 'vitest';

import { type SecureHarness, startSecureHarness } from './testing/secure-harness';

let h: SecureHarness;
let staticDir: string;
beforeAll(async () => {
  staticDir = mkdtempSync(path.join(os.tmpdir(), 'ota-static-'));
  mkdirSync(path.join(staticDir, 'assets'));
  writeFileSync(path.join(staticDir, 'index.html'), '<!doctype html><div id="root"></div>');
  writeFileSync(path.join(staticDir, 'assets', 'app.js'), 'console.log(1)');
  h = await startSecureHarness({ staticDir });
});
afterAll(async () => {
  await h?.close();
  rmSync(staticDir, { recursive: true, force: true });
});

function expectSecurityHeaders(headers: Record<string, unknown>) {
  const csp = String(headers['content-security-policy']);
  expect(csp).toMatch(/default-src 'self'/);
  expect(csp).toMatch(/script-src 'self'(;|$)/);
  expect(csp).not.toMatch(/script-src[^;]*unsafe-inline/);
  expect(csp).toMatch(/frame-ancestors 'none'/);
  expect(csp).toMatch(/object-src 'none'/);
  expect(headers['x-content-type-options']).toBe('nosniff');
  expect(headers['x-frame-options']).toBe('DENY');
  expect(headers['referrer-policy']).toBe('same-origin');
}

describe('security headers on every response', () => {
  it.each([
    ['GET', '/'],
    ['GET', '/products'],
    ['GET', '/kiosk'],
    ['GET', '/audit'],
    ['GET', '/assets/app.js'],
    ['GET', '/assets/missing.js'],
    ['GET', '/api/healthz'],
    ['GET', '/api/openapi.json'],
    ['GET', '/api/products'],
    ['GET', '/api/no-such-route'],
    ['POST', '/api/auth/login'],
    ['DELETE', '/anything'],
  ] as const)('%s %s', async (method, url) => {
    const response = await h.request(method, url, method === 'POST' ? { body: {} } : {});
    expect(response.statusCode).toBeLessThan(500);
    expectSecurityHeaders(response.headers);
  });

  it('serves the SPA shell for deep links and JSON 404 for unknown /api routes', async () => {
    const page = await h.request('GET', '/kiosk');
    expect(page.statusCode).toBe(200);
    expect(page.headers['content-type']).toMatch(/text\/html/);
    const api = await h.request('GET', '/api/nope');
    expect(api.statusCode).toBe(404);
    expect(api.json()).toMatchObject({ code: 'NotFound' });
    expect(api.headers['cache-control']).toBe('no-store');
  });
});

describe('CSRF defence on state-changing requests', () => {
  const body = { username: 'manager', password: 'manager' };

  it('accepts the console’s own origin', async () => {
    const response = await h.request('POST', '/api/auth/login', {
      body,
      headers: {
        origin: 'http://localhost:80',
        host: 'localhost:80',
        'sec-fetch-site': 'same-origin',
      },
    });
    expect(response.statusCode).toBe(200);
  });

  it.each([
    ['a foreign Origin', { origin: 'https://evil.example' }],
    ['Origin null', { origin: 'null' }],
    ['a foreign Referer', { referer: 'https://evil.example/page' }],
    ['Sec-Fetch-Site cross-site', { 'sec-fetch-site': 'cross-site' }],
    ['Sec-Fetch-Site same-site', { 'sec-fetch-site': 'same-site' }],
  ])('refuses %s with 403', async (_name, headers) => {
    const cookie = await h.mintCookie({ username: 'manager', role: 'manager' });
    for (const [method, url] of [
      ['POST', '/api/auth/login'],
      ['POST', '/api/products/a1Demo/modules'],
      ['DELETE', '/api/products/a1Demo/modules/anything'],
      ['POST', '/api/auth/logout'],
    ] as const) {
      const response = await h.request(method, url, {
        cookie,
        body: method === 'DELETE' ? undefined : body,
        headers,
      });
      expect(response.statusCode, `${method} ${url}`).toBe(403);
      expect(response.json()).toMatchObject({ code: 'Forbidden' });
    }
  });

  it.each(['text/plain', 'application/x-www-form-urlencoded', 'multipart/form-data; boundary=x'])(
    'refuses a form-style body (%s), which a cross-site form could send',
    async (type) => {
      const cookie = await h.mintCookie({ username: 'manager', role: 'manager' });
      const response = await h.request('POST', '/api/auth/logout', {
        cookie,
        rawBody: 'username=manager',
        headers: { 'content-type': type },
      });
      expect(response.statusCode).toBe(415);
      // The session was not touched.
      expect(response.headers['set-cookie']).toBeUndefined();
    },
  );
});

describe('refusals the framework makes speak the API’s error shape and code', () => {
  it.each([
    [
      'a malformed percent-encoding in the path',
      'GET',
      '/api/products/%E0%A4%A/modules',
      400,
      'ValidationFailed',
    ],
    [
      'a path parameter over the length limit',
      'GET',
      `/api/products/${'k'.repeat(3000)}/modules`,
      414,
      'UriTooLong',
    ],
  ] as const)('%s', async (_name, method, url, status, code) => {
    const response = await h.request(method, url);
    expect(response.statusCode).toBe(status);
    expect(response.headers['content-type']).toMatch(/application\/json/);
    expect(response.headers['x-content-type-options']).toBe('nosniff');
    expect(response.json()).toMatchObject({ code, message: expect.any(String) });
  });

  it('a body over the limit is 413 PayloadTooLarge', async () => {
    const response = await h.request('POST', '/api/auth/login', {
      rawBody: JSON.stringify({ username: 'x'.repeat(400 * 1024), password: 'y' }),
      headers: { 'content-type': 'application/json' },
    });
    expect(response.statusCode).toBe(413);
    expect(response.json()).toMatchObject({ code: 'PayloadTooLarge' });
  });

  it('a body that is not JSON is 415 UnsupportedMediaType', async () => {
    const response = await h.request('POST', '/api/auth/login', {
      rawBody: '<xml/>',
      headers: { 'content-type': 'application/xml' },
    });
    expect(response.statusCode).toBe(415);
    expect(response.json()).toMatchObject({ code: 'UnsupportedMediaType' });
  });
});
