import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';

import { type SecureHarness, startSecureHarness } from './testing/secure-harness';

let h: SecureHarness;
let cookie: string;
let productKey: string;
beforeAll(async () => {
  h = await startSecureHarness({ env: { OTA_TIMEOUT_MS: '600', OTA_QUEUE_MAX_WAIT_MS: '5000' } });
  cookie = await h.login('manager');
  productKey = (await h.request('GET', '/api/products', { cookie })).json().items[0].productKey;
});
afterAll(async () => {
  await h?.close();
});
beforeEach(async () => {
  await h.faults({ clear: true });
});

const products = () => h.request('GET', '/api/products', { cookie });
const alive = async () => {
  await h.faults({ clear: true });
  expect((await h.request('GET', '/api/healthz')).statusCode).toBe(200);
  expect((await products()).statusCode).toBe(200);
};

describe('upstream faults injected into the emulator', () => {
  it('slow: a reply later than the timeout answers 504 UpstreamTimeout; readyz says 503', async () => {
    await h.faults({ latencyMs: 1500 });
    const started = Date.now();
    const response = await h.request('POST', `/api/products/${productKey}/modules`, {
      cookie,
      body: { moduleName: 'slowmod', aliasName: 'Slow', desc: '' },
    });
    expect(response.statusCode).toBe(504);
    expect(response.json()).toMatchObject({ code: 'UpstreamTimeout' });
    expect(Date.now() - started).toBeLessThan(2500);
    const ready = await h.request('GET', '/readyz');
    expect(ready.statusCode).toBe(503);
    expect(ready.json()).toMatchObject({ status: 'unavailable' });
    await alive();
  });

  it('5xx: a read is retried with jitter and succeeds; persistent 5xx answers 502 with the RequestId', async () => {
    await h.faults({ status5xx: 1 });
    expect((await products()).statusCode).toBe(200);
    await h.faults({ status5xx: 10 });
    const response = await products();
    expect(response.statusCode).toBe(502);
    expect(response.json()).toMatchObject({
      code: 'ServiceUnavailable',
      requestId: expect.any(String),
    });
    await alive();
  });

  it('malformed JSON: retried for reads, then 502 UpstreamMalformedReply; a write is not retried', async () => {
    await h.faults({ malformedJson: 1 });
    expect((await products()).statusCode).toBe(200);
    await h.faults({ malformedJson: 10 });
    const response = await products();
    expect(response.statusCode).toBe(502);
    expect(response.json()).toMatchObject({ code: 'UpstreamMalformedReply' });
    await h.faults({ clear: true, malformedJson: 1 });
    const write = await h.request('DELETE', `/api/products/${productKey}/modules/nosuchmodule`, {
      cookie,
    });
    expect(write.statusCode).toBe(502);
    expect(write.json().code).toBe('UpstreamMalformedReply');
    await alive();
  });

  it('connection reset: retried for reads, then 502 UpstreamUnavailable', async () => {
    await h.faults({ reset: 1 });
    expect((await products()).statusCode).toBe(200);
    await h.faults({ reset: 10 });
    const response = await products();
    expect(response.statusCode).toBe(502);
    expect(response.json()).toMatchObject({ code: 'UpstreamUnavailable' });
    await alive();
  });

  it('upstream throttling: 429 with Retry-After and the RequestId', async () => {
    await h.faults({ throttle: 10 });
    const response = await products();
    expect(response.statusCode).toBe(429);
    expect(Number(response.headers['retry-after'])).toBeGreaterThanOrEqual(1);
    expect(response.json()).toMatchObject({
      code: 'Throttling.User',
      requestId: expect.any(String),
    });
    await alive();
  });
});

describe('the per-AccessKeyId limiter in front of every upstream call', () => {
  it('keeps a burst under the cloud’s limit: queued calls succeed, the overflow gets 429 + Retry-After', async () => {
    const other = await startSecureHarness({
      reuse: { emulator: h.emulator, dataDir: h.dataDir },
      env: { OTA_QUEUE_MAX_WAIT_MS: '1200' },
    });
    try {
      const viewer = await other.login('viewer');
      // Forty different reads (identical ones would be made once: single-flight).
      const burst = await Promise.all(
        Array.from({ length: 40 }, (_, i) =>
          other.request('GET', `/api/products?pageSize=${i + 1}`, { cookie: viewer }),
        ),
      );
      const statuses = burst.map((r) => r.statusCode);
      expect(statuses.filter((s) => s === 200).length).toBeGreaterThanOrEqual(18);
      expect(statuses.filter((s) => s === 429).length).toBeGreaterThan(0);
      expect(statuses.every((s) => s === 200 || s === 429)).toBe(true);
      const limited = burst.find((r) => r.statusCode === 429)!;
      expect(limited.json()).toMatchObject({ code: 'RateLimited' });
      expect(Number(limited.headers['retry-after'])).toBeGreaterThanOrEqual(1);
    } finally {
      await other.closeApp();
    }
  });
});

describe('credential errors', () => {
  it('never echo the gateway’s string-to-sign to the browser', async () => {
    const wrong = await startSecureHarness({
      reuse: { emulator: h.emulator, dataDir: h.dataDir },
      env: { OTA_ACCESS_KEY_SECRET: 'wrong-secret-value-for-test' },
    });
    try {
      const response = await wrong.request('GET', '/api/products', {
        cookie: await wrong.mintCookie({ username: 'v', role: 'viewer' }),
      });
      expect(response.statusCode).toBe(502);
      expect(response.json()).toMatchObject({ code: 'SignatureDoesNotMatch' });
      expect(response.body).not.toMatch(
        /string to sign|StringToSign|AccessKeyId|Signature=|GET&|POST&/i,
      );
      expect(response.body).toMatch(/OTA_ACCESS_KEY_SECRET/);
      expect(wrong.logs.join('')).not.toMatch(
        /wrong-secret-value-for-test|Signature=|string to sign/i,
      );
    } finally {
      await wrong.closeApp();
    }
  });
});
