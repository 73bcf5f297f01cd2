import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';

import bcrypt from 'bcryptjs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

import { saveUsersFile } from '../auth/users-file';
import { SESSION_ABSOLUTE_MS, SESSION_IDLE_MS } from '../plugins/auth';
import { sessionIdHash } from '../sessions/session-store';
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

const MINUTE = 60_000;

async function sessionRows() {
  return h.app.db.selectFrom('console_sessions').selectAll().execute();
}

describe('sign-out ends the session on the server', () => {
  it('a kept copy of the cookie is refused after logout (session and audit)', async () => {
    const cookie = await h.login('manager');
    const copy = cookie;
    expect((await session(copy)).statusCode).toBe(200);
    expect((await h.request('GET', '/api/audit', { cookie: copy })).statusCode).toBe(200);

    const response = await h.request('POST', '/api/auth/logout', { cookie, body: {} });
    expect(response.statusCode).toBe(204);
    const cleared = response.cookies.find((c) => c.name === 'ota_session');
    expect(cleared?.value ?? '').toBe('');

    expect((await session(copy)).statusCode).toBe(401);
    const audit = await h.request('GET', '/api/audit', { cookie: copy });
    expect(audit.statusCode).toBe(401);
    expect(audit.json().code).toBe('Unauthenticated');
    // Logging out again with the copy is refused too: there is no session left to end.
    expect(
      (await h.request('POST', '/api/auth/logout', { cookie: copy, body: {} })).statusCode,
    ).toBe(401);
  });

  it('keeps only a hash of the session id on the server', async () => {
    const cookie = await h.login('viewer');
    const value = decodeURIComponent(cookie.slice('ota_session='.length));
    const sid = h.app.decodeSecureSession(value)?.get('sid');
    expect(sid).toMatch(/^[\w-]{43}$/);
    const rows = await sessionRows();
    expect(rows.some((row) => row.id_hash === sid)).toBe(false);
    expect(rows.some((row) => row.id_hash === sessionIdHash(sid!))).toBe(true);
  });

  it('a signed-in cookie of the older kind (the whole session in the cookie) is not honoured', async () => {
    const legacy = h.app.createSecureSession({
      user: { username: 'manager', role: 'manager', createdAt: Date.now(), seenAt: Date.now() },
    });
    const cookie = `ota_session=${encodeURIComponent(h.app.encodeSecureSession(legacy))}`;
    expect((await session(cookie)).statusCode).toBe(401);
  });

  it('a new sign-in in the same browser ends the session it replaces', async () => {
    const first = await h.login('viewer');
    const second = await h.request('POST', '/api/auth/login', {
      cookie: first,
      body: { username: 'viewer', password: 'viewer' },
    });
    expect(second.statusCode).toBe(200);
    expect((await session(first)).statusCode).toBe(401);
  });
});

describe('idle and absolute limits (defaults: 30 minutes, 12 hours)', () => {
  it('ends a session idle for longer than 30 minutes', async () => {
    const now = Date.now();
    const fresh = await h.mintCookie({
      username: 'viewer',
      role: 'viewer',
      createdAt: now - 31 * MINUTE,
      seenAt: now - 29 * MINUTE,
    });
    expect((await session(fresh)).statusCode).toBe(200);
    const idle = await h.mintCookie({
      username: 'viewer',
      role: 'viewer',
      createdAt: now - SESSION_IDLE_MS - 2 * MINUTE,
      seenAt: now - SESSION_IDLE_MS - 1000,
    });
    const response = await h.request('GET', '/api/products', { cookie: idle });
    expect(response.statusCode).toBe(401);
    expect(response.json().code).toBe('Unauthenticated');
    // Ended for good: the row is gone.
    expect((await session(idle)).statusCode).toBe(401);
  });

  it('ends a session older than 12 hours even if it was used a moment ago', async () => {
    const now = Date.now();
    const old = await h.mintCookie({
      username: 'manager',
      role: 'manager',
      createdAt: now - SESSION_ABSOLUTE_MS - 1000,
      seenAt: now - 1000,
    });
    expect((await session(old)).statusCode).toBe(401);
  });

  it('use moves the idle timer on the server (no new cookie needed)', async () => {
    const now = Date.now();
    const before = (await sessionRows()).length;
    const cookie = await h.mintCookie({
      username: 'viewer',
      role: 'viewer',
      createdAt: now - 25 * MINUTE,
      seenAt: now - 25 * MINUTE,
    });
    const response = await session(cookie);
    expect(response.statusCode).toBe(200);
    expect(response.headers['set-cookie']).toBeUndefined();
    const rows = await sessionRows();
    expect(rows).toHaveLength(before + 1);
    const mine = rows.find((row) => Number(row.created_at) === now - 25 * MINUTE);
    expect(Number(mine?.seen_at)).toBeGreaterThanOrEqual(now);
  });

  it('sweeps ended sessions from the table', async () => {
    const now = Date.now();
    await h.mintCookie({ username: 'viewer', role: 'viewer', seenAt: now - 3 * 60 * MINUTE });
    await h.mintCookie({ username: 'viewer', role: 'viewer', createdAt: now - 13 * 60 * MINUTE });
    expect(await h.app.consoleSessions.purgeExpired()).toBeGreaterThanOrEqual(2);
    for (const row of await sessionRows()) {
      expect(now - Number(row.seen_at)).toBeLessThanOrEqual(SESSION_IDLE_MS);
    }
  });
});

describe('SESSION_IDLE_MINUTES and SESSION_MAX_HOURS', () => {
  it('set the limits', async () => {
    const other = await startSecureHarness({
      reuse: { emulator: h.emulator, dataDir: h.dataDir },
      env: { SESSION_IDLE_MINUTES: '5', SESSION_MAX_HOURS: '1' },
    });
    try {
      const now = Date.now();
      const at = async (created: number, seen: number) =>
        (
          await other.request('GET', '/api/auth/session', {
            cookie: await other.mintCookie({
              username: 'viewer',
              role: 'viewer',
              createdAt: now - created * MINUTE,
              seenAt: now - seen * MINUTE,
            }),
          })
        ).statusCode;
      expect(await at(10, 4)).toBe(200);
      expect(await at(10, 6)).toBe(401);
      expect(await at(59, 1)).toBe(200);
      expect(await at(61, 1)).toBe(401);
      const login = await other.request('POST', '/api/auth/login', {
        body: { username: 'viewer', password: 'viewer' },
      });
      expect(login.cookies.find((c) => c.name === 'ota_session')?.maxAge).toBe(3600);
    } finally {
      await other.closeApp();
    }
  });
});

describe('CONSOLE_USERS_FILE changes end sessions', () => {
  let dir: string;
  let file: string;
  let u: SecureHarness;
  const hash = (password: string) => bcrypt.hashSync(password, 4);
  const write = (users: object[]) => saveUsersFile(file, users as never);
  const signIn = async (username: string, password: string) => {
    const response = await u.request('POST', '/api/auth/login', { body: { username, password } });
    expect(response.statusCode, response.body).toBe(200);
    const cookie = response.cookies.find((c) => c.name === 'ota_session')!;
    return `ota_session=${encodeURIComponent(cookie.value)}`;
  };
  const whoami = (cookie: string) => u.request('GET', '/api/auth/session', { cookie });

  beforeAll(async () => {
    dir = mkdtempSync(path.join(os.tmpdir(), 'ota-users-'));
    file = path.join(dir, 'users.json');
    write([
      { username: 'alice', passwordHash: hash('alice-pass-1'), role: 'manager' },
      { username: 'bob', passwordHash: hash('bob-pass-1'), role: 'viewer' },
      { username: 'carol', passwordHash: hash('carol-pass-1'), role: 'manager' },
    ]);
    u = await startSecureHarness({
      reuse: { emulator: h.emulator, dataDir: h.dataDir },
      env: { CONSOLE_USERS_FILE: file },
    });
  });
  afterAll(async () => {
    await u?.closeApp();
    rmSync(dir, { recursive: true, force: true });
  });

  it('removing a user, or changing their hash, ends their sessions at once; others keep theirs', async () => {
    const alice = await signIn('alice', 'alice-pass-1');
    const bob = await signIn('bob', 'bob-pass-1');
    const carol = await signIn('carol', 'carol-pass-1');
    expect((await whoami(alice)).statusCode).toBe(200);

    const bobNewHash = hash('bob-pass-2');
    write([
      { username: 'bob', passwordHash: bobNewHash, role: 'viewer' },
      {
        username: 'carol',
        passwordHash: u.app.consoleUsers.find('carol')!.passwordHash,
        role: 'viewer',
      },
    ]);
    expect((await whoami(alice)).statusCode).toBe(401);
    expect((await whoami(bob)).statusCode).toBe(401);
    // Carol's hash is unchanged: her session stays, with the role the file gives her now.
    expect((await whoami(carol)).json()).toEqual({ username: 'carol', role: 'viewer' });
    expect((await u.request('GET', '/api/audit', { cookie: carol })).statusCode).toBe(403);

    // Bob signs in again with his new password; alice cannot.
    expect((await whoami(await signIn('bob', 'bob-pass-2'))).statusCode).toBe(200);
    const refused = await u.request('POST', '/api/auth/login', {
      body: { username: 'alice', password: 'alice-pass-1' },
    });
    expect(refused.statusCode).toBe(401);
  });

  it('a users file made invalid keeps the last good list (and says so in the log)', async () => {
    const carol = await signIn('carol', 'carol-pass-1');
    writeFileSync(file, '[not json');
    expect((await whoami(carol)).statusCode).toBe(200);
    expect(u.logs.join('\n')).toMatch(/console users file is not valid/);
  });
});

describe('sign-in throttling slows the guesser, never locks the account', () => {
  const attempt = (username: string, password: string, remoteAddress: string) =>
    h.request('POST', '/api/auth/login', { body: { username, password }, remoteAddress });

  it('delays one address with growing waits while the same user gets in from another address', async () => {
    const guesser = '203.0.113.10';
    for (let i = 0; i < 5; i++) {
      expect((await attempt('viewer', 'wrong', guesser)).statusCode).toBe(401);
    }
    const limited = await attempt('viewer', 'wrong', guesser);
    expect(limited.statusCode).toBe(429);
    expect(limited.json()).toMatchObject({ code: 'RateLimited' });
    expect(Number(limited.headers['retry-after'])).toBe(1);
    // From the guesser's address even the right password waits…
    expect((await attempt('viewer', 'viewer', guesser)).statusCode).toBe(429);
    // …but the user, signing in from their own address, is not slowed at all.
    const owner = await attempt('viewer', 'viewer', '198.51.100.20');
    expect(owner.statusCode).toBe(200);
    expect(owner.json()).toEqual({ username: 'viewer', role: 'viewer' });

    // The wait has passed: one more guess, and the next wait is twice as long.
    await new Promise((resolve) => setTimeout(resolve, 1100));
    expect((await attempt('viewer', 'wrong', guesser)).statusCode).toBe(401);
    expect(Number((await attempt('viewer', 'wrong', guesser)).headers['retry-after'])).toBe(2);
  });

  it('counts a parallel burst exactly: 5 guesses are checked, the rest wait', async () => {
    const burst = await Promise.all(
      Array.from({ length: 15 }, () => attempt('manager', 'wrong', '203.0.113.11')),
    );
    const statuses = burst.map((r) => r.statusCode);
    expect(statuses.filter((s) => s === 401)).toHaveLength(5);
    expect(statuses.filter((s) => s === 429)).toHaveLength(10);
    expect((await attempt('manager', 'manager', '198.51.100.21')).statusCode).toBe(200);
  });

  it('slows one address trying many usernames after 30 failures', async () => {
    const statuses: number[] = [];
    for (let i = 0; i < 32; i++) {
      // A spoofed X-Forwarded-For changes nothing: the proxy is not trusted.
      const response = await h.request('POST', '/api/auth/login', {
        body: { username: `nobody-${i}`, password: 'x' },
        headers: { 'x-forwarded-for': '192.0.2.99' },
        remoteAddress: '203.0.113.12',
      });
      statuses.push(response.statusCode);
    }
    expect(statuses.slice(0, 30).every((s) => s === 401)).toBe(true);
    expect(statuses.slice(30).every((s) => s === 429)).toBe(true);
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

describe('the per-username ceiling (ASVS V2.2.1)', () => {
  it('spaces guesses spread over many addresses by seconds, not a lockout', async () => {
    // 20 at once at most (the burst above may already have spent 5 of them).
    let refusedAt = -1;
    for (let i = 0; i < 25 && refusedAt < 0; i++) {
      const response = await h.request('POST', '/api/auth/login', {
        body: { username: 'manager', password: `guess-${i}` },
        remoteAddress: `10.9.0.${i + 1}`,
      });
      if (response.statusCode === 429) refusedAt = i;
      else expect(response.statusCode).toBe(401);
    }
    expect(refusedAt).toBeGreaterThanOrEqual(15);
    expect(refusedAt).toBeLessThanOrEqual(20);
    const owner = await h.request('POST', '/api/auth/login', {
      body: { username: 'manager', password: 'manager' },
      remoteAddress: '198.51.100.30',
    });
    expect(owner.statusCode).toBe(429);
    const wait = Number(owner.headers['retry-after']);
    expect(wait).toBeGreaterThan(0);
    expect(wait).toBeLessThanOrEqual(45);
    expect(owner.json().message).toMatch(/a few seconds|about a minute/);
    // Another account is not slowed by it.
    const other = await h.request('POST', '/api/auth/login', {
      body: { username: 'viewer', password: 'viewer' },
      remoteAddress: '198.51.100.30',
    });
    expect(other.statusCode).toBe(200);
  });
});
