import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';

import { TASK_STATUSES, type TaskStatus } from '../../shared/cloud';
import { $Iot, firmwareNamed, jobsOf, type Json, TestEmulator } from './harness';

const PK = 'a1AssetTrk1';
let emu: TestEmulator;
let fwId: string;
let waveJob: string;
let confirmJob: string;
let otherFwId: string;

beforeAll(async () => {
  emu = await TestEmulator.start();
  fwId = (await firmwareNamed(emu, PK, 'T1-main-2.4.0')).FirmwareId as string;
  const jobs = await jobsOf(emu, fwId); // newest first
  confirmJob = jobs[0]!.JobId as string;
  waveJob = jobs[1]!.JobId as string;
  otherFwId = (await firmwareNamed(emu, PK, 'T1-main-2.3.0')).FirmwareId as string;
});
afterAll(() => emu.close());
beforeEach(() => emu.resetIfDirty());

async function devicesIn(jobId: string, status: TaskStatus, count = 1): Promise<string[]> {
  const reply = await emu.rpc('ListOTATaskByJob', {
    JobId: jobId,
    TaskStatus: status,
    PageSize: count,
  });
  return ((reply.Data as Json).SimpleOTATaskInfo as Json[]).map((t) => t.DeviceName as string);
}

async function statusOf(jobId: string, devices: string[]): Promise<Record<string, string>> {
  const params: Json = { JobId: jobId, PageSize: 100 };
  devices.forEach((name, i) => (params[`DeviceNames.${i + 1}`] = name));
  const reply = await emu.rpc('ListOTATaskByJob', params);
  return Object.fromEntries(
    ((reply.Data as Json).SimpleOTATaskInfo as Json[]).map((t) => [t.DeviceName, t.TaskStatus]),
  );
}

async function counts(jobId: string): Promise<Record<string, number>> {
  const out: Record<string, number> = {};
  for (const status of TASK_STATUSES) {
    out[status] = (
      await emu.rpc('ListOTATaskByJob', { JobId: jobId, TaskStatus: status, PageSize: 1 })
    ).Total as number;
  }
  return out;
}

function deviceParams(names: string[]): Json {
  return Object.fromEntries(names.map((name, i) => [`DeviceName.${i + 1}`, name]));
}

describe('CancelOTATaskByDevice', () => {
  it('cancels only CONFIRM, QUEUED and NOTIFIED tasks; the others stay as they are', async () => {
    const byStatus: Partial<Record<TaskStatus, string>> = {};
    for (const status of [
      'QUEUED',
      'NOTIFIED',
      'IN_PROGRESS',
      'SUCCEEDED',
      'FAILED',
      'CANCELED',
    ] as const) {
      byStatus[status] = (await devicesIn(waveJob, status))[0];
    }
    const confirmDevice = (await devicesIn(confirmJob, 'CONFIRM'))[0]!;
    const waveDevices = Object.values(byStatus) as string[];
    await emu.rpc('CancelOTATaskByDevice', {
      ProductKey: PK,
      FirmwareId: fwId,
      ...deviceParams([...waveDevices, confirmDevice]),
    });
    const after = await statusOf(waveJob, waveDevices);
    expect(after[byStatus.QUEUED!]).toBe('CANCELED');
    expect(after[byStatus.NOTIFIED!]).toBe('CANCELED');
    expect(after[byStatus.IN_PROGRESS!]).toBe('IN_PROGRESS');
    expect(after[byStatus.SUCCEEDED!]).toBe('SUCCEEDED');
    expect(after[byStatus.FAILED!]).toBe('FAILED');
    expect((await statusOf(confirmJob, [confirmDevice]))[confirmDevice]).toBe('CANCELED');
  });

  it('restricts to one batch with JobId (Tuya spellings FirmwareID / JobID accepted)', async () => {
    const queued = (await devicesIn(waveJob, 'QUEUED'))[0]!;
    const confirm = (await devicesIn(confirmJob, 'CONFIRM'))[0]!;
    await emu.rpc('CancelOTATaskByDevice', {
      ProductKey: PK,
      FirmwareID: fwId,
      JobID: waveJob,
      ...deviceParams([queued, confirm]),
    });
    expect((await statusOf(waveJob, [queued]))[queued]).toBe('CANCELED');
    expect((await statusOf(confirmJob, [confirm]))[confirm]).toBe('CONFIRM');
  });

  it('works through the official SDK in both signature modes', async () => {
    const [a, b] = await devicesIn(waveJob, 'QUEUED', 2);
    for (const [mode, name] of [
      ['v2', a],
      ['v3', b],
    ] as const) {
      const reply = await emu.iot(mode).cancelOTATaskByDevice(
        new $Iot.CancelOTATaskByDeviceRequest({
          productKey: PK,
          firmwareId: fwId,
          jobId: waveJob,
          deviceName: [name!],
        }),
      );
      expect(reply.body?.success).toBe(true);
      expect((await statusOf(waveJob, [name!]))[name!]).toBe('CANCELED');
    }
  });

  it('accepts 200 unique names and refuses 201', async () => {
    const names = Array.from({ length: 201 }, (_, i) => `trk-${String(i + 1).padStart(5, '0')}`);
    await emu.rpc('CancelOTATaskByDevice', {
      ProductKey: PK,
      FirmwareId: fwId,
      ...deviceParams(names.slice(0, 200)),
    });
    expect(
      (
        await emu.rpcError('CancelOTATaskByDevice', {
          ProductKey: PK,
          FirmwareId: fwId,
          ...deviceParams(names),
        })
      ).code,
    ).toBe('iot.ota.TooManyDeviceNames');
  });

  it.each([
    ['no device names', { ProductKey: PK, FIRMWARE: true }, 'iot.device.NoneDeviceNameElement'],
    [
      'an empty name',
      { ProductKey: PK, FIRMWARE: true, 'DeviceName.1': '' },
      'iot.device.NullDeviceName',
    ],
    [
      'a duplicate name',
      { ProductKey: PK, FIRMWARE: true, 'DeviceName.1': 'trk-00001', 'DeviceName.2': 'trk-00001' },
      'iot.ota.DuplicateDeviceName',
    ],
    [
      'an unknown device',
      { ProductKey: PK, FIRMWARE: true, 'DeviceName.1': 'trk-00001', 'DeviceName.2': 'ghost' },
      'iot.device.NotExistedDevice',
    ],
    [
      'a device of another product',
      { ProductKey: PK, FIRMWARE: true, 'DeviceName.1': 'cam-00001' },
      'iot.device.NotExistedDevice',
    ],
    [
      'an unknown firmware',
      { ProductKey: PK, FirmwareId: 'nope', 'DeviceName.1': 'trk-00001' },
      'iot.ota.NotExistedFirmware',
    ],
    [
      'a firmware of another product',
      { ProductKey: 'a1DashCam02', FIRMWARE: true, 'DeviceName.1': 'cam-00001' },
      'iot.ota.NotExistedFirmware',
    ],
    [
      'a job of another firmware',
      { ProductKey: PK, FIRMWARE: true, OTHER_JOB: true, 'DeviceName.1': 'trk-00001' },
      'iot.ota.NotExistedJob',
    ],
    ['no ProductKey', { FIRMWARE: true, 'DeviceName.1': 'trk-00001' }, 'iot.prod.NullProductKey'],
    [
      'an unknown product',
      { ProductKey: 'a1Nope', FIRMWARE: true, 'DeviceName.1': 'x' },
      'iot.prod.NotExistedProduct',
    ],
    [
      'no FirmwareId',
      { ProductKey: PK, 'DeviceName.1': 'trk-00001' },
      'iot.common.InvalidFormattedParameter',
    ],
  ])('refuses %s', async (_label, template, code) => {
    const { FIRMWARE, OTHER_JOB, ...rest } = template as Json;
    const params: Json = { ...rest };
    if (FIRMWARE) params.FirmwareId = fwId;
    if (OTHER_JOB) params.JobId = (await jobsOf(emu, otherFwId))[0]!.JobId;
    expect((await emu.rpcError('CancelOTATaskByDevice', params)).code).toBe(code);
  });
});

describe('CancelOTATaskByJob', () => {
  it('needs at least one Cancel* flag set to true', async () => {
    expect((await emu.rpcError('CancelOTATaskByJob', { JobId: waveJob })).code).toBe(
      'iot.ota.CancelFlagRequired',
    );
    expect(
      (await emu.rpcError('CancelOTATaskByJob', { JobId: waveJob, CancelQueuedTask: false })).code,
    ).toBe('iot.ota.CancelFlagRequired');
    expect(
      (await emu.rpcError('CancelOTATaskByJob', { JobId: waveJob, CancelQueuedTask: 'yes' })).code,
    ).toBe('iot.common.InvalidFormattedParameter');
    expect(
      (await emu.rpcError('CancelOTATaskByJob', { JobId: 'nope', CancelQueuedTask: true })).code,
    ).toBe('iot.ota.NotExistedJob');
  });

  it('CancelQueuedTask also cancels CONFIRM tasks unless CancelUnconfirmedTask says otherwise', async () => {
    const before = await counts(confirmJob);
    await emu.rpc('CancelOTATaskByJob', {
      JobId: confirmJob,
      CancelQueuedTask: true,
      CancelUnconfirmedTask: false,
    });
    const kept = await counts(confirmJob);
    expect(kept.QUEUED).toBe(0);
    expect(kept.CONFIRM).toBe(before.CONFIRM);
    await emu.rpc('CancelOTATaskByJob', { JobId: confirmJob, CancelQueuedTask: true });
    const after = await counts(confirmJob);
    expect(after.CONFIRM).toBe(0);
    expect(after.NOTIFIED).toBe(before.NOTIFIED);
    expect(after.CANCELED).toBe(before.CANCELED! + before.CONFIRM! + before.QUEUED!);
  });

  it('cancels notified and in-progress tasks on request, then the job completes', async () => {
    const client = emu.iot('v3');
    await client.cancelOTATaskByJob(
      new $Iot.CancelOTATaskByJobRequest({
        jobId: waveJob,
        cancelQueuedTask: true,
        cancelNotifiedTask: true,
        cancelInProgressTask: true,
      }),
    );
    const after = await counts(waveJob);
    expect(after.QUEUED! + after.NOTIFIED! + after.IN_PROGRESS!).toBe(0);
    expect(after.SUCCEEDED).toBeGreaterThan(0);
    expect(((await emu.rpc('QueryOTAJob', { JobId: waveJob })).Data as Json).JobStatus).toBe(
      'COMPLETED',
    );
  });
});
