import net from 'node:net';

import { afterAll, beforeAll, describe, expect, it } from 'vitest';

import { type Method, type SecureHarness, startSecureHarness } from './testing/secure-harness';

/** Seeded so a failure can be replayed: FUZZ_SEED=n npx vitest run src/bff/security/fuzz.test.ts */
const SEED = Number(process.env.FUZZ_SEED ?? 20240607);
const REQUESTS = 2400;
const BATCH = 24;

function mulberry32(seed: number) {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

interface Operation {
  method: string;
  path: string;
  pathParams: string[];
  queryParams: string[];
  bodyProps: string[];
  hasBody: boolean;
}

type JsonSchema = { properties?: Record<string, unknown> };
type OpenApi = {
  paths: Record<
    string,
    Record<
      string,
      {
        parameters?: { in: string; name: string }[];
        requestBody?: { content?: Record<string, { schema?: JsonSchema }> };
      }
    >
  >;
};

function operationsOf(doc: OpenApi): Operation[] {
  return Object.entries(doc.paths).flatMap(([path, methods]) =>
    Object.entries(methods).map(([method, op]) => ({
      method: method.toUpperCase(),
      path,
      pathParams: (op.parameters ?? []).filter((p) => p.in === 'path').map((p) => p.name),
      queryParams: (op.parameters ?? []).filter((p) => p.in === 'query').map((p) => p.name),
      bodyProps: Object.keys(
        op.requestBody?.content?.['application/json']?.schema?.properties ?? {},
      ),
      hasBody: op.requestBody !== undefined,
    })),
  );
}

/** encodeURIComponent, except a lone surrogate becomes its (invalid) UTF-8 bytes instead of throwing. */
function enc(text: string): string {
  try {
    return encodeURIComponent(text);
  } catch {
    return '%ED%A0%80';
  }
}

let h: SecureHarness;
let ops: Operation[];
let productKey: string;
beforeAll(async () => {
  h = await startSecureHarness({
    env: { OTA_QUEUE_MAX_WAIT_MS: '300', OTA_TIMEOUT_MS: '2000' },
    logLevel: 'silent',
  });
  const doc = (await h.request('GET', '/api/openapi.json')).json() as OpenApi;
  ops = operationsOf(doc);
  const cookie = await h.login('manager');
  productKey = (await h.request('GET', '/api/products', { cookie })).json().items[0].productKey;
});
afterAll(async () => {
  await h?.close();
});

describe('fuzz: every route in the OpenAPI document', () => {
  it('answers a few thousand hostile requests without a 5xx, and stays alive', async () => {
    expect(ops.length).toBeGreaterThan(8);
    const rnd = mulberry32(SEED);
    const pick = <T>(items: readonly T[]): T => items[Math.floor(rnd() * items.length)]!;
    const manager = await h.login('manager');
    const viewer = await h.login('viewer');
    const kiosk = await h.mintCookie({ username: 'kiosk', role: 'kiosk' });

    const strings = [
      '',
      ' ',
      'a',
      'x1',
      'A'.repeat(65),
      'é',
      '名前',
      '🙂🙂',
      '\u0000',
      '\u202e',
      '\ud800',
      '../../etc/passwd',
      '%00',
      '%2e%2e%2f',
      '<script>alert(1)</script>',
      "' OR 1=1 --",
      '__proto__',
      'constructor',
      'prototype',
      'toString',
      '-1',
      '0',
      '1e309',
      'NaN',
      'null',
      'true',
      '9'.repeat(40),
      'a'.repeat(4000),
      '=cmd|x!A1',
      '2024-01-01T00:00:00Z',
      'yesterday',
      'manager',
      'default',
    ];
    const values: unknown[] = [
      ...strings,
      0,
      -1,
      1.5,
      1e308,
      -0,
      true,
      false,
      null,
      [],
      [1, 'a'],
      {},
      { a: 1 },
      Array.from({ length: 2000 }, (_, i) => `dev${i}`),
      JSON.parse('{"__proto__":{"polluted":true}}'),
      { constructor: { prototype: { polluted: true } } },
    ];
    const rawBodies = [
      '{',
      '{"a":',
      '[',
      'null',
      '"str"',
      '1',
      '{"__proto__":{"x":1}}',
      '\u0000\u0001',
      '{"a":1}{'.repeat(3),
      '[]'.repeat(100),
    ];
    const contentTypes = [
      'application/json',
      'application/json; charset=utf-8',
      'text/plain',
      'application/x-www-form-urlencoded',
      'application/xml',
      'multipart/form-data',
      '',
    ];
    const methods: Method[] = ['GET', 'HEAD', 'POST', 'PUT', 'PATCH', 'DELETE', 'OPTIONS'];

    const segment = (name: string) => {
      const roll = rnd();
      if (roll < 0.25) return name === 'productKey' ? productKey : 'x1';
      return enc(String(pick(strings))) || '%20';
    };

    const build = () => {
      const op = pick(ops);
      const method = rnd() < 0.1 ? pick(methods) : (op.method as Method);
      let url = op.path.replace(/\{(\w+)\}/g, (_m, name: string) => segment(name));
      if (rnd() < 0.6) {
        const names = [
          ...op.queryParams,
          '__proto__',
          'constructor[prototype][x]',
          'page',
          'a[b][c]',
        ];
        const query = Array.from(
          { length: 1 + Math.floor(rnd() * 3) },
          () => `${enc(pick(names))}=${enc(String(pick(values)))}`,
        );
        url += `?${query.join('&')}`;
      }
      const cookie = pick([
        manager,
        manager,
        manager,
        viewer,
        kiosk,
        undefined,
        'ota_session=%%%;;',
      ]);
      const headers: Record<string, string> = {};
      let rawBody: string | undefined;
      if (method !== 'GET' && method !== 'HEAD' && (op.hasBody || rnd() < 0.3)) {
        const roll = rnd();
        if (roll < 0.5) {
          const body: Record<string, unknown> = {};
          for (const prop of op.bodyProps) if (rnd() < 0.8) body[prop] = pick(values);
          if (rnd() < 0.2) body[pick(['__proto__', 'constructor', 'extra'])] = pick(values);
          rawBody = JSON.stringify(body);
        } else if (roll < 0.75) {
          rawBody = JSON.stringify(pick(values));
        } else if (roll < 0.95) {
          rawBody = pick(rawBodies);
        } else {
          rawBody = `{"a":"${'x'.repeat(300 * 1024)}"}`;
        }
        const type = rnd() < 0.8 ? 'application/json' : pick(contentTypes);
        if (type) headers['content-type'] = type;
      }
      if (rnd() < 0.05) headers.origin = 'https://evil.example';
      return { method, url, cookie, headers, rawBody };
    };

    const serverErrors: string[] = [];
    let done = 0;
    while (done < REQUESTS) {
      const batch = Array.from({ length: BATCH }, build);
      const responses = await Promise.all(
        batch.map(async (req) => {
          try {
            return { req, status: (await h.request(req.method, req.url, req)).statusCode };
          } catch (error) {
            return { req, status: 0, error: String(error) };
          }
        }),
      );
      for (const { req, status } of responses) {
        if (status >= 500 || status === 0)
          serverErrors.push(
            `${status} ${req.method} ${req.url.slice(0, 200)} ${String(req.rawBody).slice(0, 100)}`,
          );
      }
      done += BATCH;
    }
    expect(serverErrors).toEqual([]);
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();

    // Still alive and still working.
    expect((await h.request('GET', '/api/healthz')).statusCode).toBe(200);
    await new Promise((resolve) => setTimeout(resolve, 1200));
    // (Sign-in from this address is rate limited by now: the fuzzer failed it many times.)
    const cookie = await h.mintCookie({ username: 'viewer', role: 'viewer' });
    expect((await h.request('GET', '/api/products', { cookie })).statusCode).toBe(200);
  });

  it('survives malformed HTTP on a real socket', async () => {
    const address = await h.app.listen({ port: 0, host: '127.0.0.1' });
    const { port } = new URL(address);
    const raw = (text: string) =>
      new Promise<string>((resolve) => {
        const socket = net.connect(Number(port), '127.0.0.1', () => socket.end(text));
        let out = '';
        socket.on('data', (chunk) => (out += String(chunk)));
        socket.on('close', () => resolve(out));
        socket.on('error', () => resolve(out));
      });
    for (const text of [
      'GARBAGE\r\n\r\n',
      'GET /api/healthz HTTP/9.9\r\n\r\n',
      `GET /api/healthz HTTP/1.1\r\nHost: x\r\nX-Big: ${'a'.repeat(70_000)}\r\n\r\n`,
      'POST /api/auth/login HTTP/1.1\r\nHost: x\r\nContent-Type: application/json\r\nContent-Length: 5\r\nTransfer-Encoding: chunked\r\n\r\n0\r\n\r\n',
      'GET /api/he\u0000althz HTTP/1.1\r\nHost: x\r\n\r\n',
    ]) {
      const answer = await raw(text);
      expect(answer.startsWith('HTTP/1.1 5')).toBe(false);
    }
    const health = await fetch(`${address}/api/healthz`);
    expect(health.status).toBe(200);
  });
});
