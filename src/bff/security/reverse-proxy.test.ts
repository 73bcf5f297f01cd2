import { afterAll, beforeAll, describe, expect, it } from 'vitest';

import { ConfigError, parseEnv } from '../env';
import { type SecureHarness, startSecureHarness } from './testing/secure-harness';

describe('TRUST_PROXY', () => {
  it.each([
    [undefined, false],
    ['false', false],
    ['true', true],
    ['1', 1],
    ['10.0.0.1', ['10.0.0.1']],
    ['10.0.0.0/8, 192.168.1.7 ,::1,fd00::/8', ['10.0.0.0/8', '192.168.1.7', '::1', 'fd00::/8']],
  ])('reads %j', (value, expected) => {
    expect(parseEnv({ TRUST_PROXY: value }).TRUST_PROXY).toEqual(expected);
  });

  it.each(['yes', '10.0.0.0/33', '10.0.0/8', 'proxy.internal', '10.0.0.1/8/2', '::1/129'])(
    'refuses %j and says what it accepts',
    (value) => {
      expect(() => parseEnv({ TRUST_PROXY: value })).toThrow(ConfigError);
      expect(() => parseEnv({ TRUST_PROXY: value })).toThrow(/TRUST_PROXY: .*not an address/);
    },
  );
});

/** A browser at https://console.example.com, through a proxy that terminates TLS. */
const throughProxy = {
  origin: 'https://console.example.com',
  'sec-fetch-site': 'same-origin',
  host: '10.0.0.5:8080',
  'x-forwarded-proto': 'https',
  'x-forwarded-host': 'console.example.com',
  'x-forwarded-for': '203.0.113.9',
};
const login = { body: { username: 'manager', password: 'manager' }, headers: throughProxy };

describe('behind a TLS-terminating reverse proxy', () => {
  let trusted: SecureHarness;
  let untrusted: SecureHarness;
  beforeAll(async () => {
    // inject() connects from 127.0.0.1: the proxy's address.
    trusted = await startSecureHarness({ env: { TRUST_PROXY: '127.0.0.1' } });
    untrusted = await startSecureHarness({
      env: { TRUST_PROXY: '10.9.9.9' },
      reuse: { emulator: trusted.emulator, dataDir: trusted.dataDir },
    });
  });
  afterAll(async () => {
    await untrusted?.close();
    await trusted?.close();
  });

  it('with TRUST_PROXY naming the proxy: the console’s own https origin signs in, Secure cookie', async () => {
    const response = await trusted.request('POST', '/api/auth/login', login);
    expect(response.statusCode).toBe(200);
    const cookie = String(response.headers['set-cookie']);
    expect(cookie).toMatch(/ota_session=/);
    expect(cookie).toMatch(/; Secure/i);
    // State-changing calls from that origin pass the CSRF check too.
    const session = cookie.split(';')[0]!;
    const logout = await trusted.request('POST', '/api/auth/logout', {
      cookie: session,
      body: {},
      headers: throughProxy,
    });
    expect(logout.statusCode).toBeLessThan(300);
  });

  it('still refuses a foreign origin through the trusted proxy', async () => {
    const response = await trusted.request('POST', '/api/auth/login', {
      ...login,
      headers: { ...throughProxy, origin: 'https://evil.example' },
    });
    expect(response.statusCode).toBe(403);
  });

  it('ignores X-Forwarded-* from a peer that is not the named proxy', async () => {
    const response = await untrusted.request('POST', '/api/auth/login', login);
    expect(response.statusCode).toBe(403);
  });
});
