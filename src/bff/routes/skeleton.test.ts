import { afterAll, beforeAll, describe, expect, it } from 'vitest';

import { type Harness, startHarness } from '../testing/harness';

let h: Harness;
beforeAll(async () => {
  h = await startHarness();
});
afterAll(async () => {
  await h?.close();
});

describe('sign in and sessions', () => {
  it('answers 401 on /api routes without a session, and healthz without one', async () => {
    expect((await h.request('GET', '/api/products')).statusCode).toBe(401);
    expect((await h.request('GET', '/api/healthz')).statusCode).toBe(200);
  });

  it('refuses a wrong password with the shared error shape', async () => {
    const response = await h.request('POST', '/api/auth/login', {
      body: { username: 'manager', password: 'nope' },
    });
    expect(response.statusCode).toBe(401);
    expect(response.json()).toMatchObject({
      code: 'InvalidCredentials',
      message: expect.any(String),
    });
  });

  it('sets an HttpOnly SameSite=Strict session cookie', async () => {
    const response = await h.request('POST', '/api/auth/login', {
      body: { username: 'viewer', password: 'viewer' },
    });
    expect(response.statusCode).toBe(200);
    const setCookie = String(response.headers['set-cookie']);
    expect(setCookie).toMatch(/HttpOnly/i);
    expect(setCookie).toMatch(/SameSite=Strict/i);
    expect(response.json()).toEqual({ username: 'viewer', role: 'viewer' });
  });

  it('refuses a state-changing request from another origin', async () => {
    const response = await h.request('POST', '/api/auth/login', {
      body: { username: 'manager', password: 'manager' },
      headers: { origin: 'https://evil.example' },
    });
    expect(response.statusCode).toBe(403);
  });
});

describe('products and modules through signed calls to the emulator', () => {
  it('lists the seeded products', async () => {
    const cookie = await h.login('viewer');
    const response = await h.request('GET', '/api/products', { cookie });
    expect(response.statusCode).toBe(200);
    const body = response.json();
    expect(body.items.length).toBeGreaterThanOrEqual(3);
    expect(body.items[0]).toMatchObject({
      productKey: expect.any(String),
      productName: expect.any(String),
    });
  });

  it('lists a product’s OTA modules with the default module marked', async () => {
    const cookie = await h.login('viewer');
    const products = (await h.request('GET', '/api/products', { cookie })).json();
    const productKey = products.items[0].productKey as string;
    const response = await h.request('GET', `/api/products/${productKey}/modules`, { cookie });
    expect(response.statusCode).toBe(200);
    const body = response.json();
    expect(body.customLimit).toBe(10);
    expect(body.items.some((m: { isDefault: boolean }) => m.isDefault)).toBe(true);
  });

  it('carries the upstream code and RequestId for an unknown product', async () => {
    const cookie = await h.login('viewer');
    const response = await h.request('GET', '/api/products/NoSuchProduct/modules', { cookie });
    expect(response.statusCode).toBeGreaterThanOrEqual(400);
    expect(response.statusCode).toBeLessThan(500);
    expect(response.json()).toMatchObject({
      code: expect.stringMatching(/^iot\./),
      requestId: expect.any(String),
    });
  });

  it('rejects a malformed product key before calling upstream', async () => {
    const cookie = await h.login('viewer');
    const response = await h.request('GET', '/api/products/bad%20key!/modules', { cookie });
    expect(response.statusCode).toBe(400);
    expect(response.json().code).toBe('ValidationFailed');
  });
});
