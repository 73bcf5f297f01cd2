import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';

import type { UpgradeJob } from '../../shared/contract/firmware';
import type {
  CancelResult,
  UpgradeTask,
  UpgradeTaskStatus,
} from '../../shared/contract/upgrade-tasks';
import type { IotAction } from '../cloud/allowed-actions';
import { BATCH_QUEUE_WAIT_MS } from '../cloud/cloud-service';
import type { IotCallOptions } from '../cloud/iot-client';
import { bucketFor } from '../cloud/rate-limiter';
import { type Harness, startHarness } from '../testing/harness';

const PK = 'a1AssetTrk1';
let h: Harness;
let manager: string;
let viewer: string;

beforeAll(async () => {
  h = await startHarness();
  manager = await h.login('manager');
  viewer = await h.login('viewer');
});
afterAll(async () => {
  await h?.close();
});

const get = async (url: string, cookie = viewer) => {
  const response = await h.request('GET', `/api/products/${PK}${url}`, { cookie });
  expect(response.statusCode, response.body).toBe(200);
  return response.json();
};
const post = (url: string, body: unknown, cookie = manager) =>
  h.request('POST', `/api/products/${PK}${url}`, { cookie, body });

async function firmwareId(name: string): Promise<string> {
  const list = await get('/firmware');
  return list.items.find((f: { firmwareName: string }) => f.firmwareName === name).firmwareId;
}
/** The firmware's jobs, oldest first (T1-main-2.4.0: "wave 1", then "confirm"). */
async function jobs(fw: string): Promise<UpgradeJob[]> {
  const items: UpgradeJob[] = (await get(`/firmware/${fw}/jobs`)).items;
  return items.sort((a, b) => (a.utcStart ?? '').localeCompare(b.utcStart ?? ''));
}
async function tasks(fw: string, query: string): Promise<{ items: UpgradeTask[]; total: number }> {
  return get(`/firmware/${fw}/tasks?${query}`);
}
async function deviceWith(fw: string, status: UpgradeTaskStatus, jobId?: string): Promise<string> {
  const list = await tasks(fw, `status=${status}&pageSize=1${jobId ? `&jobId=${jobId}` : ''}`);
  expect(list.items[0], `a ${status} task`).toBeDefined();
  return list.items[0]!.deviceName;
}

/**
 * Records every upstream call the BFF makes, optionally meddling first, and `sent`: when each
 * attempt left the AccessKeyId's limiter for the upstream.
 */
function recordCalls(
  before?: (action: IotAction, params: { DeviceName?: string[] }, index: number) => Promise<void>,
) {
  const calls: Array<{
    action: IotAction;
    params: { DeviceName?: string[] };
    options?: IotCallOptions;
  }> = [];
  const sent: number[] = [];
  const original = h.app.cloud.client.call.bind(h.app.cloud.client);
  const spy = vi
    .spyOn(h.app.cloud.client, 'call')
    .mockImplementation(async (action, params, options) => {
      const index = calls.filter((c) => c.action === action).length;
      const sentParams = params as { DeviceName?: string[] };
      calls.push({ action, params: sentParams, options });
      await before?.(action, sentParams, index);
      return original(action, params, options);
    });
  const bucket = bucketFor(h.config.upstream.accessKeyId, h.config.upstream.rateLimit);
  const take = bucket.take.bind(bucket);
  const takeSpy = vi.spyOn(bucket, 'take').mockImplementation(async (...args) => {
    await take(...args);
    sent.push(Date.now());
  });
  return {
    calls,
    sent,
    restore: () => {
      spy.mockRestore();
      takeSpy.mockRestore();
    },
  };
}

function maxStartsPerSecond(times: number[]): number {
  return Math.max(0, ...times.map((t) => times.filter((u) => u >= t && u < t + 1_000).length));
}

describe('firmware, jobs and the task table (demo data)', () => {
  beforeAll(async () => {
    await h.resetEmulator();
  });

  it('lists the product’s firmware and a firmware’s jobs', async () => {
    const fw = await firmwareId('T1-main-2.4.0');
    const list = await jobs(fw);
    expect(list).toHaveLength(2);
    expect(list.every((job) => job.firmwareId === fw)).toBe(true);
    expect(list.map((job) => job.tags.find((tag) => tag.key === 'wave')?.value)).toEqual([
      '1',
      'confirm',
    ]);
  });

  it('pages tasks on the server, filters by status and device name, scopes to a job', async () => {
    const fw = await firmwareId('T1-main-2.4.0');
    const all = await tasks(fw, 'page=2&pageSize=25');
    expect(all.items).toHaveLength(25);
    expect(all.total).toBe(620);

    const queued = await tasks(fw, 'status=QUEUED&pageSize=100');
    expect(queued.total).toBeGreaterThan(0);
    expect(queued.items.every((t) => t.status === 'QUEUED')).toBe(true);

    const [first, second] = queued.items;
    const byName = await tasks(fw, `deviceName=${first!.deviceName},${second!.deviceName}`);
    expect(byName.items.map((t) => t.deviceName).sort()).toEqual(
      [first!.deviceName, second!.deviceName].sort(),
    );

    const [wave1] = await jobs(fw);
    const scoped = await tasks(fw, `jobId=${wave1!.jobId}&pageSize=100`);
    expect(scoped.items.every((t) => t.jobId === wave1!.jobId)).toBe(true);
    expect(scoped.total).toBeLessThan(all.total);
  });

  it('refuses paging past the 100,000-task window and bad filters before calling upstream', async () => {
    const fw = await firmwareId('T1-main-2.4.0');
    const url = `/api/products/${PK}/firmware/${fw}/tasks`;
    expect((await h.request('GET', `${url}?pageSize=101`, { cookie: viewer })).statusCode).toBe(
      400,
    );
    expect(
      (await h.request('GET', `${url}?page=1001&pageSize=100`, { cookie: viewer })).statusCode,
    ).toBe(400);
    const bad = await h.request('GET', `${url}?deviceName=a!`, { cookie: viewer });
    expect(bad.statusCode).toBe(400);
    expect(bad.json().fieldErrors.deviceName).toMatch(/a!/);
  });

  it('lets a viewer read tasks but refuses the viewer a preview or a cancel (403)', async () => {
    const fw = await firmwareId('T1-main-2.4.0');
    const body = { deviceNames: ['trk-00001'] };
    expect((await post(`/firmware/${fw}/cancel-preview`, body, viewer)).statusCode).toBe(403);
    expect((await post(`/firmware/${fw}/cancel`, body, viewer)).statusCode).toBe(403);
    expect((await post(`/firmware/${fw}/cancel`, body, '')).statusCode).toBe(401);
  });

  it('previews and cancels tasks in each status: only pending confirmation, queued and notified go', async () => {
    const fw = await firmwareId('T1-main-2.4.0');
    const statuses: UpgradeTaskStatus[] = [
      'CONFIRM',
      'QUEUED',
      'NOTIFIED',
      'IN_PROGRESS',
      'SUCCEEDED',
      'FAILED',
      'CANCELED',
    ];
    const names = Object.fromEntries(
      await Promise.all(statuses.map(async (s) => [s, await deviceWith(fw, s)] as const)),
    );
    const deviceNames = [...Object.values(names), 'trk-99999'];

    const preview = await post(`/firmware/${fw}/cancel-preview`, { deviceNames });
    expect(preview.statusCode, preview.body).toBe(200);
    const verdicts = Object.fromEntries(
      preview
        .json()
        .items.map((i: { deviceName: string; verdict: string }) => [i.deviceName, i.verdict]),
    );
    expect(verdicts).toEqual({
      [names.CONFIRM!]: 'cancellable',
      [names.QUEUED!]: 'cancellable',
      [names.NOTIFIED!]: 'cancellable',
      [names.IN_PROGRESS!]: 'inProgress',
      [names.SUCCEEDED!]: 'done',
      [names.FAILED!]: 'done',
      [names.CANCELED!]: 'done',
      'trk-99999': 'notFound',
    });
    expect(preview.json().counts).toEqual({ cancellable: 3, inProgress: 1, done: 3, notFound: 1 });

    const response = await post(`/firmware/${fw}/cancel`, { deviceNames });
    expect(response.statusCode, response.body).toBe(200);
    const result: CancelResult = response.json();
    expect(result.counts).toEqual({ cancelled: 3, notCancellable: 5, failed: 0 });
    expect(result.batches).toHaveLength(1);
    expect(result.batches[0]).toMatchObject({
      ok: true,
      deviceCount: 3,
      requestId: expect.any(String),
    });

    const after = await tasks(fw, `deviceName=${deviceNames.slice(0, 7).join(',')}&pageSize=100`);
    const statusOf = (name: string) =>
      after.items.filter((t) => t.deviceName === name).map((t) => t.status);
    for (const s of ['CONFIRM', 'QUEUED', 'NOTIFIED'] as const)
      expect(statusOf(names[s]!)).not.toContain(s);
    expect(statusOf(names.IN_PROGRESS!)).toContain('IN_PROGRESS');
    expect(statusOf(names.SUCCEEDED!)).toContain('SUCCEEDED');
  });

  it('with a Job ID, looks at and cancels only that job’s tasks', async () => {
    const fw = await firmwareId('T1-main-2.4.0');
    const [wave1, confirmJob] = await jobs(fw);
    const device = await deviceWith(fw, 'CONFIRM', confirmJob!.jobId);

    const elsewhere = await post(`/firmware/${fw}/cancel`, {
      deviceNames: [device],
      jobId: wave1!.jobId,
    });
    expect(elsewhere.json().items[0]).toMatchObject({
      outcome: 'notCancellable',
      verdict: 'notFound',
    });
    expect(
      (await tasks(fw, `deviceName=${device}&jobId=${confirmJob!.jobId}`)).items[0]!.status,
    ).toBe('CONFIRM');

    const here = await post(`/firmware/${fw}/cancel`, {
      deviceNames: [device],
      jobId: confirmJob!.jobId,
    });
    expect(here.json().items[0]).toMatchObject({ outcome: 'cancelled', taskStatus: 'CONFIRM' });
    expect(
      (await tasks(fw, `deviceName=${device}&jobId=${confirmJob!.jobId}`)).items[0]!.status,
    ).toBe('CANCELED');

    const otherFw = await firmwareId('T1-ble-1.4.2');
    const mismatch = await post(`/firmware/${otherFw}/cancel-preview`, {
      deviceNames: [device],
      jobId: confirmJob!.jobId,
    });
    expect(mismatch.statusCode).toBe(400);
    expect(mismatch.json().fieldErrors.jobId).toMatch(/another firmware/);
  });

  it('refuses duplicate or malformed device names', async () => {
    const fw = await firmwareId('T1-main-2.4.0');
    expect(
      (await post(`/firmware/${fw}/cancel`, { deviceNames: ['trk-00001', 'trk-00001'] }))
        .statusCode,
    ).toBe(400);
    expect((await post(`/firmware/${fw}/cancel`, { deviceNames: ['x'] })).statusCode).toBe(400);
    expect((await post(`/firmware/${fw}/cancel`, { deviceNames: [] })).statusCode).toBe(400);
  });
});

describe('bulk cancel at scale (large seed: 25,000-device job)', () => {
  let fw: string;
  let wave1: string;

  beforeAll(async () => {
    await h.emulatorHook('/__emulator/seed', { scale: 'large', clock: 'stopped' });
    fw = await firmwareId('T1-main-2.4.0');
    wave1 = (await jobs(fw))[0]!.jobId;
  });

  /** The next `count` devices whose wave-1 task is queued. */
  async function queuedDevices(count: number): Promise<string[]> {
    const pages = await Promise.all(
      Array.from({ length: count / 100 }, (_, i) =>
        tasks(fw, `jobId=${wave1}&status=QUEUED&pageSize=100&page=${i + 1}`),
      ),
    );
    return pages.flatMap((page) => page.items.map((t) => t.deviceName));
  }

  it('pages deep into a big firmware quickly (one upstream page per request)', async () => {
    const first = await tasks(fw, 'pageSize=100');
    expect(first.total).toBeGreaterThan(30_000);
    const started = Date.now();
    const last = await tasks(fw, `pageSize=100&page=${Math.ceil(first.total / 100)}`);
    expect(Date.now() - started).toBeLessThan(1_000);
    expect(last.items.length).toBeGreaterThan(0);
  });

  it('cancels 1,000 devices in one request: calls of ≤200 unique names, paced within 10 QPS', async () => {
    const deviceNames = await queuedDevices(1_000);
    expect(new Set(deviceNames).size).toBe(1_000);
    const { calls, sent, restore } = recordCalls();
    const response = await post(`/firmware/${fw}/cancel`, { deviceNames, jobId: wave1 });
    restore();
    expect(response.statusCode, response.body).toBe(200);
    const result: CancelResult = response.json();
    expect(result.counts).toEqual({ cancelled: 1_000, notCancellable: 0, failed: 0 });

    const cancels = calls.filter((c) => c.action === 'CancelOTATaskByDevice');
    expect(cancels).toHaveLength(5);
    for (const call of cancels) {
      const names = call.params.DeviceName ?? [];
      expect(names.length).toBeLessThanOrEqual(200);
      expect(new Set(names).size).toBe(names.length);
    }
    expect(cancels.flatMap((c) => c.params.DeviceName ?? []).sort()).toEqual(
      [...deviceNames].sort(),
    );
    // One limiter, in the client: every call went through it, never more than 10 in a second,
    // and the batch work waits its turn rather than failing fast.
    expect(sent.length).toBeGreaterThanOrEqual(calls.length);
    expect(maxStartsPerSecond(sent)).toBeLessThanOrEqual(10);
    expect(calls.every((c) => c.options?.maxQueueWaitMs === BATCH_QUEUE_WAIT_MS)).toBe(true);

    const check = await tasks(
      fw,
      `jobId=${wave1}&deviceName=${deviceNames.slice(0, 100).join(',')}&pageSize=100`,
    );
    expect(check.items.every((t) => t.status === 'CANCELED')).toBe(true);
  });

  it('reports an injected throttling failure per device, then retries only those devices', async () => {
    const deviceNames = await queuedDevices(1_000);
    // The emulator throttles the third cancel call (fault hook), as the cloud would under load.
    const { calls, restore } = recordCalls(async (action, _params, index) => {
      if (action === 'CancelOTATaskByDevice' && index === 2)
        await h.emulatorHook('/__emulator/faults', { throttle: 1 });
    });
    const response = await post(`/firmware/${fw}/cancel`, { deviceNames, jobId: wave1 });
    restore();
    expect(response.statusCode, response.body).toBe(200);
    const result: CancelResult = response.json();
    const failedBatches = result.batches.filter((b) => !b.ok);
    expect(failedBatches).toHaveLength(1);
    expect(failedBatches[0]).toMatchObject({
      code: 'Throttling.User',
      deviceCount: 200,
      requestId: expect.any(String),
    });
    const failed = result.items.filter((i) => i.outcome === 'failed');
    expect(failed).toHaveLength(200);
    expect(
      failed.every(
        (i) => i.code === 'Throttling.User' && i.requestId && i.batch === failedBatches[0]!.batch,
      ),
    ).toBe(true);
    expect(result.counts).toEqual({ cancelled: 800, notCancellable: 0, failed: 200 });
    expect(calls.filter((c) => c.action === 'CancelOTATaskByDevice')).toHaveLength(5);

    // Retry the failed batch alone: only its 200 devices are sent, in one call.
    const retry = recordCalls();
    const again = await post(`/firmware/${fw}/cancel`, {
      deviceNames: failed.map((i) => i.deviceName),
      jobId: wave1,
    });
    retry.restore();
    expect(again.json().counts).toEqual({ cancelled: 200, notCancellable: 0, failed: 0 });
    expect(retry.calls.filter((c) => c.action === 'CancelOTATaskByDevice')).toHaveLength(1);

    // Sending all 1,000 again cancels nothing twice: no cancel call at all.
    const third = recordCalls();
    const replay: CancelResult = (
      await post(`/firmware/${fw}/cancel`, { deviceNames, jobId: wave1 })
    ).json();
    third.restore();
    expect(replay.counts).toEqual({ cancelled: 0, notCancellable: 1_000, failed: 0 });
    expect(replay.items.every((i) => i.taskStatus === 'CANCELED')).toBe(true);
    expect(third.calls.filter((c) => c.action === 'CancelOTATaskByDevice')).toHaveLength(0);
  });
});
