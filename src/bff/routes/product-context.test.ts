import { afterAll, beforeAll, describe, expect, it } from 'vitest';

import type { FirmwareList } from '../../shared/contract/firmware';
import type { ModulePackages } from '../../shared/contract/ota-modules';
import { type Harness, startHarness } from '../testing/harness';

/** Seeded products (src/emulator/db/seed-catalog.ts). */
const CAM = 'a1DashCam02'; // camera (has firmware), storage, wifi
const EMPTY = 'a1TempSns04'; // only the default module
const TRACKER = 'a1AssetTrk1'; // read by no other test here, so nothing of it is cached

let h: Harness;
let manager: string;
let viewer: string;
beforeAll(async () => {
  // A long read cache, so "once" below is about the cache and not about timing.
  h = await startHarness({ OTA_READ_CACHE_MS: '60000' });
  manager = await h.login('manager');
  viewer = await h.login('viewer');
});
afterAll(() => h.close());

describe('a product by its key (its name on the product’s pages)', () => {
  it('answers the name from QueryProduct', async () => {
    const response = await h.request('GET', `/api/products/${CAM}`, { cookie: viewer });
    expect(response.statusCode).toBe(200);
    expect(response.json()).toMatchObject({ productKey: CAM, productName: 'Dash Camera D2' });
  });

  it('passes an unknown product through as the upstream’s 4xx with its RequestId', async () => {
    const response = await h.request('GET', '/api/products/a1NoSuchProd', { cookie: viewer });
    expect(response.statusCode).toBeGreaterThanOrEqual(400);
    expect(response.statusCode).toBeLessThan(500);
    expect(response.json().requestId).toEqual(expect.any(String));
  });

  it('refuses a malformed key before calling upstream', async () => {
    const response = await h.request('GET', '/api/products/bad%20key!', { cookie: viewer });
    expect(response.statusCode).toBe(400);
  });
});

describe('how many packages each module has', () => {
  it('counts the product’s packages by module, as the package list names them', async () => {
    const before = await h.emulatorCalls();
    const response = await h.request('GET', `/api/products/${CAM}/module-packages`, {
      cookie: viewer,
    });
    expect(response.statusCode).toBe(200);
    const { items } = response.json<ModulePackages>();
    const firmware = (
      await h.request('GET', `/api/products/${CAM}/firmware?pageSize=100`, { cookie: viewer })
    ).json<FirmwareList>();
    const expected: Record<string, number> = {};
    for (const f of firmware.items) expected[f.moduleName] = (expected[f.moduleName] ?? 0) + 1;
    expect(Object.fromEntries(items.map((i) => [i.moduleName, i.packages]))).toEqual(expected);
    expect(expected.camera).toBeGreaterThan(0);
    expect(expected.storage).toBeUndefined();
    // One paged listing per product (not one call per module), shared with the firmware list.
    const after = await h.emulatorCalls();
    expect((after.byAction.ListOTAFirmware ?? 0) - (before.byAction.ListOTAFirmware ?? 0)).toBe(1);
    expect(after.total - before.total).toBe(1);

    // What the count says is what the platform does: a module with packages is not deleted.
    const refused = await h.request('DELETE', `/api/products/${CAM}/modules/camera`, {
      cookie: manager,
    });
    expect(refused.statusCode).toBeGreaterThanOrEqual(400);
    expect(refused.statusCode).toBeLessThan(500);
  });

  it('answers an error with its RequestId, never an empty count, when the listing fails', async () => {
    // The console shows "Unknown" on an error; an empty list would read as "None" and invite a
    // delete the platform refuses.
    const modules = await h.request('GET', `/api/products/${TRACKER}/modules`, { cookie: viewer });
    expect(modules.statusCode).toBe(200);
    await h.emulatorHook('/__emulator/faults', { status5xx: 1000, scope: 'rpc' });
    try {
      const failed = await h.request('GET', `/api/products/${TRACKER}/module-packages`, {
        cookie: viewer,
      });
      expect(failed.statusCode).toBeGreaterThanOrEqual(500);
      expect(failed.json()).toMatchObject({
        code: 'ServiceUnavailable',
        requestId: expect.any(String),
      });
      expect(failed.json()).not.toHaveProperty('items');
    } finally {
      await h.emulatorHook('/__emulator/faults', { clear: true });
    }
    // The failure is not kept: the next read counts again.
    const again = await h.request('GET', `/api/products/${TRACKER}/module-packages`, {
      cookie: viewer,
    });
    expect(again.statusCode).toBe(200);
    expect(again.json<ModulePackages>().items.length).toBeGreaterThan(0);
  });

  it('answers no items for a product without packages', async () => {
    const response = await h.request('GET', `/api/products/${EMPTY}/module-packages`, {
      cookie: viewer,
    });
    expect(response.json()).toEqual({ items: [] });
  });
});
