import { afterAll, beforeAll, describe, expect, it } from 'vitest';

import type { Firmware } from '../../shared/contract/firmware';
import type { ProductList } from '../../shared/contract/products';
import { type Harness, startHarness } from '../testing/harness';

const PK = 'a1AssetTrk1';
let h: Harness;
let viewer: string;
let manager: string;

beforeAll(async () => {
  h = await startHarness();
  viewer = await h.login('viewer');
  manager = await h.login('manager');
});
afterAll(async () => {
  await h?.close();
});

const getJson = async <T>(url: string, cookie = viewer): Promise<T> => {
  const response = await h.request('GET', url, { cookie });
  expect(response.statusCode, `${url}: ${response.body}`).toBe(200);
  return response.json() as T;
};

/** What one person opening the products page asks for: the page, then each row's modules. */
async function openProductsPage(): Promise<void> {
  const page = await getJson<ProductList>('/api/products?page=1&pageSize=20');
  await Promise.all(
    page.items.map((p) => getJson(`/api/products/${encodeURIComponent(p.productKey)}/modules`)),
  );
}

async function emulatorCallsOf(work: () => Promise<unknown>) {
  await h.emulatorHook('/__emulator/reset');
  await work();
  return h.emulatorCalls();
}

describe('the cloud service (app.cloud) against the emulator', () => {
  it('serves the products page with one upstream read of the list, and ten viewers cost what one costs', async () => {
    const one = await emulatorCallsOf(openProductsPage);
    expect(one.byAction.QueryProductList).toBe(1);
    const products = await getJson<ProductList>('/api/products?page=1&pageSize=20');
    expect(one.byAction.ListOTAModuleByProduct).toBe(products.items.length);

    const ten = await emulatorCallsOf(() =>
      Promise.all(Array.from({ length: 10 }, openProductsPage)),
    );
    expect(ten).toEqual(one);
  });

  it('invalidates a product’s modules when a module is written through it', async () => {
    await h.emulatorHook('/__emulator/reset');
    const before = await getJson<{ items: unknown[] }>('/api/products/a1DashCam02/modules');
    const created = await h.request('POST', '/api/products/a1DashCam02/modules', {
      cookie: manager,
      body: { moduleName: 'radar', aliasName: 'Radar' },
    });
    expect(created.statusCode, created.body).toBe(201);
    const after = await getJson<{ items: unknown[] }>('/api/products/a1DashCam02/modules');
    expect(after.items).toHaveLength(before.items.length + 1);
  });

  it('lists a firmware’s tasks across its jobs without the emulator-only ListOTATaskByFirmware', async () => {
    expect(h.config.upstream.taskListing).toBe('per-job');
    await h.emulatorHook('/__emulator/reset');
    const firmware = await getJson<{ items: Firmware[] }>(`/api/products/${PK}/firmware`);
    const fw = firmware.items.find((f) => f.firmwareName === 'T1-main-2.4.0')!.firmwareId;
    const jobs = await getJson<{ items: Array<{ jobId: string }> }>(
      `/api/products/${PK}/firmware/${fw}/jobs`,
    );
    const perJob = await Promise.all(
      jobs.items.map((job) =>
        getJson<{ total: number }>(`/api/products/${PK}/firmware/${fw}/tasks?jobId=${job.jobId}`),
      ),
    );
    const all = await getJson<{ total: number; items: Array<{ taskId: string }> }>(
      `/api/products/${PK}/firmware/${fw}/tasks?pageSize=100&page=5`,
    );
    expect(all.total).toBe(perJob.reduce((sum, list) => sum + list.total, 0));
    expect(all.total).toBe(620);
    // Page 5 of 100 straddles the two jobs (500 + 120): the last 100 tasks, each once.
    expect(new Set(all.items.map((t) => t.taskId)).size).toBe(100);
    const last = await getJson<{ items: unknown[] }>(
      `/api/products/${PK}/firmware/${fw}/tasks?pageSize=100&page=7`,
    );
    expect(last.items).toHaveLength(20);
    expect((await h.emulatorCalls()).byAction.ListOTATaskByFirmware).toBeUndefined();
  });

  it('resolves a product’s devices through its firmware’s jobs, with progress, once for many callers', async () => {
    await h.emulatorHook('/__emulator/reset');
    const progress: number[] = [];
    const [devices, again] = await Promise.all([
      h.app.cloud.resolveDevices(
        { productKey: PK },
        { onProgress: (found) => progress.push(found) },
      ),
      h.app.cloud.resolveDevices({ productKey: PK }),
    ]);
    expect(again).toBe(devices);
    expect(devices.length).toBeGreaterThan(500);
    expect(devices.every((d) => d.productKey === PK && d.deviceName && d.iotId)).toBe(true);
    expect(new Set(devices.map((d) => d.deviceName)).size).toBe(devices.length);
    expect(progress.length).toBeGreaterThan(1);
    expect(progress).toEqual([...progress].sort((a, b) => a - b));
    expect(progress.at(-1)).toBe(devices.length);
    const calls = await h.emulatorCalls();
    expect(calls.byAction.ListOTATaskByFirmware).toBeUndefined();
    expect(calls.byAction.ListOTAJobByFirmware).toBeGreaterThan(0);
    const before = calls.total;
    await h.app.cloud.resolveDevices({ productKey: PK });
    expect((await h.emulatorCalls()).total).toBe(before);
  });
});

describe('per-firmware task listing (demo mode only)', () => {
  let demo: Harness;
  beforeAll(async () => {
    demo = await startHarness({ OTA_TASK_LISTING: 'per-firmware' });
  });
  afterAll(async () => {
    await demo?.close();
  });

  it('uses the emulator’s ListOTATaskByFirmware and finds the same devices', async () => {
    const perFirmware = await demo.app.cloud.resolveDevices({ productKey: PK });
    await h.emulatorHook('/__emulator/reset');
    const perJob = await h.app.cloud.resolveDevices({ productKey: PK });
    expect(perFirmware.map((d) => d.deviceName)).toEqual(perJob.map((d) => d.deviceName));
    expect((await demo.emulatorCalls()).byAction.ListOTATaskByFirmware).toBeGreaterThan(0);
  });
});
