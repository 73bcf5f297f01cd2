import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';

import type { UpgradeJob } from '../../shared/contract/firmware';
import type { ReportReady } from '../../shared/contract/reports';
import type { UpgradeTask } from '../../shared/contract/upgrade-tasks';
import { type Harness, startHarness } from './harness';

/**
 * The BFF against the emulator in strict mode: only the real API's Actions and fields (no
 * ListOTATaskByFirmware, no terminal ids in task listings). A product report, the tasks page and
 * a cancel must work on what the cloud really offers.
 */
let h: Harness;
let manager: string;
const PK = 'a1AssetTrk1';

beforeAll(async () => {
  h = await startHarness({}, { strict: true });
  manager = await h.login('manager');
});
afterAll(() => h.close());

async function get<T>(url: string): Promise<T> {
  const response = await h.request('GET', url, { cookie: manager });
  expect(response.statusCode, response.body).toBe(200);
  return response.json() as T;
}

describe('production paths against the strict emulator', () => {
  it('the emulator refuses its own extra Action', async () => {
    const raw = await fetch(`${h.emulator.url}/?Action=ListOTATaskByFirmware`);
    expect(raw.status).toBeGreaterThanOrEqual(400);
  });

  it('a product report: devices through its jobs, terminals through the directory', async () => {
    const body = await vi.waitFor(
      async () => {
        const answer = await get<{ state: string }>(
          `/api/reports/summary?productKey=${PK}&range=30d&pageSize=5`,
        );
        if (answer.state !== 'ready') throw new Error('still syncing');
        return answer as ReportReady;
      },
      { timeout: 30_000, interval: 100 },
    );
    expect(body.devices).toBeGreaterThan(500);
    expect(body.unmatched).toBeUndefined();
    expect(Object.values(body.counts).every((n) => n > 0)).toBe(true);
    expect(body.rows.items[0]!.deviceName).toMatch(/^trk-/);
  });

  it('the tasks page of a job, and a cancel', async () => {
    const firmware = await get<{ items: Array<{ firmwareId: string; firmwareName: string }> }>(
      `/api/products/${PK}/firmware`,
    );
    const fw = firmware.items.find((f) => f.firmwareName === 'T1-main-2.4.0')!.firmwareId;
    const jobs = await get<{ items: UpgradeJob[] }>(`/api/products/${PK}/firmware/${fw}/jobs`);
    const job = jobs.items.find((j) => j.jobStatus === 'IN_PROGRESS')!;
    const tasks = await get<{ items: UpgradeTask[]; total: number }>(
      `/api/products/${PK}/firmware/${fw}/tasks?jobId=${job.jobId}&status=QUEUED&pageSize=5`,
    );
    expect(tasks.total).toBeGreaterThan(0);
    const device = tasks.items[0]!.deviceName;

    const cancel = await h.request('POST', `/api/products/${PK}/firmware/${fw}/cancel`, {
      cookie: manager,
      body: { deviceNames: [device], jobId: job.jobId },
    });
    expect(cancel.statusCode, cancel.body).toBe(200);
    expect(cancel.json().items).toMatchObject([{ deviceName: device, outcome: 'cancelled' }]);
    const after = await get<{ items: UpgradeTask[] }>(
      `/api/products/${PK}/firmware/${fw}/tasks?jobId=${job.jobId}&deviceName=${device}`,
    );
    expect(after.items[0]!.status).toBe('CANCELED');
  });

  it('the tasks page of a whole firmware (no job): through its jobs, and a cancel', async () => {
    const firmware = await get<{ items: Array<{ firmwareId: string; firmwareName: string }> }>(
      `/api/products/${PK}/firmware`,
    );
    const fw = firmware.items.find((f) => f.firmwareName === 'T1-main-2.4.0')!.firmwareId;
    const tasks = await get<{ items: UpgradeTask[]; total: number }>(
      `/api/products/${PK}/firmware/${fw}/tasks?status=QUEUED&pageSize=5`,
    );
    expect(tasks.total).toBeGreaterThan(0);
    expect(tasks.items.every((task) => task.status === 'QUEUED')).toBe(true);
    const device = tasks.items[0]!.deviceName;

    const cancel = await h.request('POST', `/api/products/${PK}/firmware/${fw}/cancel`, {
      cookie: manager,
      body: { deviceNames: [device] },
    });
    expect(cancel.statusCode, cancel.body).toBe(200);
    expect(cancel.json().items).toMatchObject([{ deviceName: device, outcome: 'cancelled' }]);
  });
});
