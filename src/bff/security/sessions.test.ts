import { afterAll, beforeAll, describe, expect, it } from 'vitest';

import { SESSION_ABSOLUTE_MS, SESSION_IDLE_MS } from '../plugins/auth';
import { type SecureHarness, startSecureHarness } from './testing/secure-harness';

let h: SecureHarness;
beforeAll(async () => {
  h = await startSecureHarness();
});
afterAll(async () => {
  await h?.close();
});

const session = (cookie: string) => h.request('GET', '/api/auth/session', { cookie });

describe('session cookie', () => {
  it('is HttpOnly, SameSite=Strict and not Secure on localhost', async () => {
    const response = await h.request('POST', '/api/auth/login', {
      body: { username: 'manager', password: 'manager' },
      headers: { host: 'localhost:8080' },
    });
    const cookie = response.cookies.find((c) => c.name === 'ota_session');
    expect(cookie).toMatchObject({ httpOnly: true, sameSite: 'Strict', path: '/' });
    expect(cookie?.secure).toBeFalsy();
  });

  it('is Secure on any other host', async () => {
    const response = await h.request('POST', '/api/auth/login', {
      body: { username: 'manager', password: 'manager' },
      headers: { host: 'console.example.com' },
    });
    expect(response.statusCode).toBe(200);
    expect(String(response.headers['set-cookie'])).toMatch(/;\s*Secure/i);
  });

  it('is refused when tampered with', async () => {
    const cookie = await h.login('viewer');
    const tampered = cookie.replace(/.(?=;|$)/, (c) => (c === 'A' ? 'B' : 'A'));
    expect((await session(tampered)).statusCode).toBe(401);
    expect(
      (await h.request('GET', '/api/products', { cookie: 'ota_session=garbage;x' })).statusCode,
    ).toBe(401);
  });
});

describe('timeouts and logout', () => {
  it('ends a session idle for longer than 30 minutes', async () => {
    const now = Date.now();
    const fresh = h.mintCookie({
      username: 'viewer',
      role: 'viewer',
      createdAt: now - 60_000,
      seenAt: now - 60_000,
    });
    expect((await session(fresh)).statusCode).toBe(200);
    const idle = h.mintCookie({
      username: 'viewer',
      role: 'viewer',
      createdAt: now - SESSION_IDLE_MS - 120_000,
      seenAt: now - SESSION_IDLE_MS - 1000,
    });
    const response = await h.request('GET', '/api/products', { cookie: idle });
    expect(response.statusCode).toBe(401);
    expect(response.json().code).toBe('Unauthenticated');
  });

  it('ends a session older than 12 hours even if it was used a moment ago', async () => {
    const now = Date.now();
    const old = h.mintCookie({
      username: 'manager',
      role: 'manager',
      createdAt: now - SESSION_ABSOLUTE_MS - 1000,
      seenAt: now - 1000,
    });
    expect((await session(old)).statusCode).toBe(401);
  });

  it('refreshes the idle timer on use, keeping the cookie flags', async () => {
    const now = Date.now();
    const cookie = h.mintCookie({
      username: 'viewer',
      role: 'viewer',
      createdAt: now - 5 * 60_000,
      seenAt: now - 5 * 60_000,
    });
    const response = await session(cookie);
    expect(response.statusCode).toBe(200);
    const refreshed = String(response.headers['set-cookie']);
    expect(refreshed).toMatch(/ota_session=/);
    expect(refreshed).toMatch(/HttpOnly/i);
    expect(refreshed).toMatch(/SameSite=Strict/i);
  });

  it('logs out: the cookie is cleared and the session ends', async () => {
    const cookie = await h.login('manager');
    expect((await session(cookie)).statusCode).toBe(200);
    const response = await h.request('POST', '/api/auth/logout', { cookie, body: {} });
    expect(response.statusCode).toBe(204);
    const cleared = response.cookies.find((c) => c.name === 'ota_session');
    expect(cleared?.value ?? '').toBe('');
    expect(
      (await session(`ota_session=${encodeURIComponent(cleared?.value ?? '')}`)).statusCode,
    ).toBe(401);
  });
});

describe('login rate limits', () => {
  it('limits failed attempts per user under a burst, with Retry-After, without locking out others', async () => {
    const burst = await Promise.all(
      Array.from({ length: 15 }, () =>
        h.request('POST', '/api/auth/login', { body: { username: 'viewer', password: 'wrong' } }),
      ),
    );
    const statuses = burst.map((r) => r.statusCode);
    expect(statuses.filter((s) => s === 401)).toHaveLength(10);
    expect(statuses.filter((s) => s === 429)).toHaveLength(5);
    const limited = burst.find((r) => r.statusCode === 429)!;
    expect(Number(limited.headers['retry-after'])).toBeGreaterThan(0);
    expect(limited.json()).toMatchObject({ code: 'RateLimited' });
    // The message says how long, in words a person can plan with (the window is 15 minutes).
    expect(limited.json().message).toMatch(/try again in about 1[45] minutes/);
    // Even the right password waits now; another account is unaffected.
    const right = await h.request('POST', '/api/auth/login', {
      body: { username: 'viewer', password: 'viewer' },
    });
    expect(right.statusCode).toBe(429);
    expect(
      (
        await h.request('POST', '/api/auth/login', {
          body: { username: 'manager', password: 'manager' },
        })
      ).statusCode,
    ).toBe(200);
  });

  it('limits failed attempts per address across usernames', async () => {
    const statuses: number[] = [];
    for (let i = 0; i < 25; i++) {
      const response = await h.request('POST', '/api/auth/login', {
        body: { username: `nobody-${i}`, password: 'x' },
        // A spoofed X-Forwarded-For changes nothing: the proxy is not trusted.
        headers: { 'x-forwarded-for': '203.0.113.9' },
      });
      statuses.push(response.statusCode);
    }
    // 10 failures were already counted for this address by the burst above.
    expect(statuses.filter((s) => s === 401)).toHaveLength(20);
    expect(statuses.slice(20).every((s) => s === 429)).toBe(true);
  });

  it('caps every attempt from one address per minute', async () => {
    const other = await startSecureHarness({ reuse: { emulator: h.emulator, dataDir: h.dataDir } });
    try {
      let limited = 0;
      for (let i = 0; i < 65; i++) {
        const response = await other.request('POST', '/api/auth/login', {
          body: { username: '', password: '' },
        });
        if (response.statusCode === 429) limited++;
        else expect(response.statusCode).toBe(400);
      }
      expect(limited).toBe(5);
    } finally {
      await other.closeApp();
    }
  });
});
