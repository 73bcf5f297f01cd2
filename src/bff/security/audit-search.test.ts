import { afterAll, beforeAll, describe, expect, it } from 'vitest';

import type { AuditEvent } from '../../shared/contract/audit';
import { type SecureHarness, startSecureHarness } from './testing/secure-harness';

const PK = 'a1AssetTrk1';

let h: SecureHarness;
let manager: string;
let viewer: string;
beforeAll(async () => {
  h = await startSecureHarness();
  manager = await h.login('manager');
  viewer = await h.login('viewer');
});
afterAll(async () => {
  await h?.close();
});

const audit = async (query: string): Promise<{ items: AuditEvent[]; total: number }> => {
  const response = await h.request('GET', `/api/audit?${query}`, { cookie: manager });
  expect(response.statusCode, response.body).toBe(200);
  return response.json();
};

const get = async (url: string) => {
  const response = await h.request('GET', `/api/products/${PK}${url}`, { cookie: viewer });
  expect(response.statusCode, response.body).toBe(200);
  return response.json();
};

describe('searching the audit trail', () => {
  it('finds users by any part of the name, in any letter case', async () => {
    expect((await audit('user=MAN')).items.map((e) => e.username)).toEqual(['manager']);
    expect((await audit('user=ewe')).items.map((e) => e.username)).toEqual(['viewer']);
    expect((await audit('user=ANAGE')).total).toBe(1);
    expect((await audit('user=nobody')).total).toBe(0);
    // Characters SQL would treat as wildcards are plain text here.
    expect((await audit('user=%25')).total).toBe(0);
    expect((await audit('user=_')).total).toBe(0);
  });

  it('lists the actions recorded so far, for the Action choices (managers only)', async () => {
    await h.request('DELETE', `/api/products/${PK}/modules/nosuchmodule`, { cookie: manager });
    const response = await h.request('GET', '/api/audit/actions', { cookie: manager });
    expect(response.statusCode).toBe(200);
    expect(response.json()).toEqual({ items: ['DeleteOTAModule', 'SignIn'] });
    expect((await h.request('GET', '/api/audit/actions', { cookie: viewer })).statusCode).toBe(403);
    expect((await h.request('GET', '/api/audit/actions')).statusCode).toBe(401);
  });
});

describe("a cancel's audit entry", () => {
  it('records the per-device outcome counts and every device by outcome', async () => {
    const fw = (await get('/firmware')).items.find(
      (f: { firmwareName: string }) => f.firmwareName === 'T1-main-2.4.0',
    ).firmwareId;
    const deviceOf = async (status: string) =>
      (await get(`/firmware/${fw}/tasks?status=${status}&pageSize=1`)).items[0].deviceName;
    const queued = await deviceOf('QUEUED');
    const succeeded = await deviceOf('SUCCEEDED');
    const response = await h.request('POST', `/api/products/${PK}/firmware/${fw}/cancel`, {
      cookie: manager,
      body: { deviceNames: [queued, succeeded] },
    });
    expect(response.statusCode, response.body).toBe(200);

    const [entry] = (await audit('action=CancelOTATaskByDevice')).items;
    expect(entry).toMatchObject({ outcome: 'success', username: 'manager' });
    expect(entry!.parameters.result).toEqual({
      counts: { cancelled: 1, notCancellable: 1, failed: 0 },
      devices: { cancelled: [queued], notCancellable: [succeeded], failed: [] },
    });
  });

  it('records failed devices when the cloud refuses a call', async () => {
    const fw = (await get('/firmware')).items.find(
      (f: { firmwareName: string }) => f.firmwareName === 'T1-main-2.4.0',
    ).firmwareId;
    const queued = (await get(`/firmware/${fw}/tasks?status=QUEUED&pageSize=2`)).items.map(
      (t: { deviceName: string }) => t.deviceName,
    );
    // The cancel call itself (after the reads) is answered with a server error.
    const client = h.app.cloud.client;
    const original = client.call.bind(client);
    client.call = (async (action: string, params: never, options: never) => {
      if (action === 'CancelOTATaskByDevice') await h.faults({ status5xx: 1 });
      return original(action as never, params, options);
    }) as typeof client.call;
    try {
      const response = await h.request('POST', `/api/products/${PK}/firmware/${fw}/cancel`, {
        cookie: manager,
        body: { deviceNames: queued },
      });
      expect(response.statusCode, response.body).toBe(200);
    } finally {
      client.call = original;
    }
    const [entry] = (await audit('action=CancelOTATaskByDevice')).items;
    expect(entry!.parameters.result).toMatchObject({
      counts: { cancelled: 0, notCancellable: 0, failed: 2 },
      devices: { failed: expect.arrayContaining(queued) },
    });
  });
});
