import { afterAll, beforeAll, describe, expect, it } from 'vitest';

import { TASK_STATUSES } from '../../shared/cloud';
import {
  $Iot,
  allTasksOfJob,
  firmwareNamed,
  firmwareOf,
  jobsOf,
  type Json,
  TestEmulator,
} from './harness';

let emu: TestEmulator;
let mainFw: Json;
let liveJob: Json;
beforeAll(async () => {
  emu = await TestEmulator.start();
  mainFw = await firmwareNamed(emu, 'a1AssetTrk1', 'T1-main-2.4.0');
  liveJob = (await jobsOf(emu, mainFw.FirmwareId as string)).at(-1)!; // newest first: the last is "T1 2.4.0 wave 1" (500 tasks)
});
afterAll(() => emu.close());

describe('firmware', () => {
  it('lists under FirmwareInfo.SimpleFirmwareInfo with paging at the top level', async () => {
    const reply = await emu.rpc('ListOTAFirmware', { CurrentPage: 1, PageSize: 2 });
    expect(reply).toMatchObject({ CurrentPage: 1, PageSize: 2, Total: 7, PageCount: 4 });
    const list = (reply.FirmwareInfo as Json).SimpleFirmwareInfo as Json[];
    expect(list).toHaveLength(2);
    expect(list[0]).toHaveProperty('FirmwareId');
    expect(list[0]).toHaveProperty('DestVersion');
    expect((await firmwareOf(emu, 'a1AssetTrk1')).map((fw) => fw.ModuleName).sort()).toEqual([
      'ble',
      'default',
      'default',
      'gnss',
    ]);
    expect(await firmwareOf(emu, 'a1TempSns04')).toEqual([]);
  });

  it('filters by DestVersion, refuses PageSize over 100 and unknown products', async () => {
    const reply = await emu.rpc('ListOTAFirmware', {
      DestVersion: '2.4.0',
      CurrentPage: 1,
      PageSize: 100,
    });
    expect(
      ((reply.FirmwareInfo as Json).SimpleFirmwareInfo as Json[]).map((fw) => fw.FirmwareName),
    ).toEqual(['T1-main-2.4.0']);
    expect((await emu.rpcError('ListOTAFirmware', { CurrentPage: 1, PageSize: 101 })).code).toBe(
      'iot.common.InvalidPageParams',
    );
    expect((await emu.rpcError('ListOTAFirmware', { ProductKey: 'a1Nope' })).code).toBe(
      'iot.prod.NotExistedProduct',
    );
  });

  it('QueryOTAFirmware answers FirmwareInfo, also for the Tuya spelling FirmwareID', async () => {
    const reply = await emu.rpc('QueryOTAFirmware', { FirmwareID: mainFw.FirmwareId });
    expect(reply.FirmwareInfo).toMatchObject({
      FirmwareName: 'T1-main-2.4.0',
      ProductKey: 'a1AssetTrk1',
      ModuleName: 'default',
    });
    expect((await emu.rpcError('QueryOTAFirmware', { FirmwareId: 'nope' })).code).toBe(
      'iot.ota.NotExistedFirmware',
    );
    expect((await emu.rpcError('QueryOTAFirmware', {})).code).toBe(
      'iot.common.InvalidFormattedParameter',
    );
  });

  it('is read by the official SDK', async () => {
    const reply = await emu.iot('v2').listOTAFirmware(
      new $Iot.ListOTAFirmwareRequest({
        productKey: 'a1DashCam02',
        currentPage: 1,
        pageSize: 10,
      }),
    );
    expect(reply.body?.firmwareInfo?.simpleFirmwareInfo?.map((fw) => fw.firmwareName)).toEqual([
      'D2-camera-1.2.0',
      'D2-main-5.0.2',
    ]);
  });
});

describe('jobs', () => {
  it('ListOTAJobByFirmware answers Data.SimpleOTAJobInfo, QueryOTAJob answers Data', async () => {
    const jobs = await jobsOf(emu, mainFw.FirmwareId as string);
    expect(jobs).toHaveLength(2);
    expect(jobs[0]).toMatchObject({
      FirmwareId: mainFw.FirmwareId,
      ProductKey: 'a1AssetTrk1',
      JobType: 'UPGRADE_FIRMWARE',
    });
    const job = (await emu.rpc('QueryOTAJob', { JobId: liveJob.JobId })).Data as Json;
    expect(job).toMatchObject({
      JobId: liveJob.JobId,
      DestVersion: '2.4.0',
      SrcVersions: { SrcVersion: ['2.3.0'] },
    });
    expect((await emu.rpcError('QueryOTAJob', { JobID: 'nope' })).code).toBe(
      'iot.ota.NotExistedJob',
    );
    expect(
      (await emu.rpcError('ListOTAJobByFirmware', { FirmwareId: mainFw.FirmwareId, PageSize: 201 }))
        .code,
    ).toBe('iot.common.InvalidPageParams');
  });

  it('is read by the official SDK', async () => {
    const reply = await emu
      .iot('v3')
      .queryOTAJob(new $Iot.QueryOTAJobRequest({ jobId: liveJob.JobId as string }));
    expect(reply.body?.data?.jobStatus).toBe('IN_PROGRESS');
  });
});

describe('ListOTATaskByJob', () => {
  it('pages with Data.SimpleOTATaskInfo and the paging fields', async () => {
    const first = await emu.rpc('ListOTATaskByJob', {
      JobId: liveJob.JobId,
      CurrentPage: 1,
      PageSize: 100,
    });
    expect(first).toMatchObject({ CurrentPage: 1, PageSize: 100, Total: 500, PageCount: 5 });
    const task = ((first.Data as Json).SimpleOTATaskInfo as Json[])[0]!;
    expect(task).toMatchObject({
      JobId: liveJob.JobId,
      FirmwareId: mainFw.FirmwareId,
      ProductKey: 'a1AssetTrk1',
      DeviceName: 'trk-00001',
    });
    expect(task).not.toHaveProperty('TerminalId');
    expect(task).not.toHaveProperty('ModuleName');
    expect(typeof task.Progress).toBe('string');
    const all = await allTasksOfJob(emu, liveJob.JobId as string);
    expect(new Set(all.map((t) => t.TaskId)).size).toBe(500);
  });

  it('filters by TaskStatus and DeviceNames.N', async () => {
    const queued = await emu.rpc('ListOTATaskByJob', {
      JobId: liveJob.JobId,
      TaskStatus: 'QUEUED',
      PageSize: 100,
    });
    expect(
      ((queued.Data as Json).SimpleOTATaskInfo as Json[]).every((t) => t.TaskStatus === 'QUEUED'),
    ).toBe(true);
    const named = await emu.rpc('ListOTATaskByJob', {
      JobId: liveJob.JobId,
      'DeviceNames.1': 'trk-00002',
      'DeviceNames.2': 'trk-00003',
    });
    expect(((named.Data as Json).SimpleOTATaskInfo as Json[]).map((t) => t.DeviceName)).toEqual([
      'trk-00002',
      'trk-00003',
    ]);
    const sdk = await emu.iot('v3').listOTATaskByJob(
      new $Iot.ListOTATaskByJobRequest({
        jobId: liveJob.JobId as string,
        deviceNames: ['trk-00004'],
        currentPage: 1,
        pageSize: 10,
      }),
    );
    expect(sdk.body?.data?.simpleOTATaskInfo?.map((t) => t.deviceName)).toEqual(['trk-00004']);
  });

  it('enforces PageSize ≤ 100 and CurrentPage × PageSize ≤ 100,000', async () => {
    const id = { JobId: liveJob.JobId };
    expect((await emu.rpcError('ListOTATaskByJob', { ...id, PageSize: 101 })).code).toBe(
      'iot.common.InvalidPageParams',
    );
    expect(
      (await emu.rpcError('ListOTATaskByJob', { ...id, CurrentPage: 1001, PageSize: 100 })).code,
    ).toBe('iot.common.InvalidPageParams');
    const edge = await emu.rpc('ListOTATaskByJob', { ...id, CurrentPage: 1000, PageSize: 100 });
    expect((edge.Data as Json).SimpleOTATaskInfo).toEqual([]);
    expect((await emu.rpcError('ListOTATaskByJob', { ...id, TaskStatus: 'DONE' })).code).toBe(
      'iot.common.InvalidFormattedParameter',
    );
    const many = Object.fromEntries(
      Array.from({ length: 201 }, (_, i) => [`DeviceNames.${i + 1}`, `d${i}`]),
    );
    expect((await emu.rpcError('ListOTATaskByJob', { ...id, ...many })).code).toBe(
      'iot.ota.TooManyDeviceNames',
    );
    expect((await emu.rpcError('ListOTATaskByJob', { JobId: 'nope' })).code).toBe(
      'iot.ota.NotExistedJob',
    );
  });

  it('seeds tasks in every status', async () => {
    const seen = new Set<string>();
    for (const productKey of ['a1AssetTrk1', 'a1DashCam02']) {
      for (const fw of await firmwareOf(emu, productKey)) {
        for (const status of TASK_STATUSES) {
          const reply = await emu.rpc('ListOTATaskByFirmware', {
            FirmwareId: fw.FirmwareId,
            TaskStatus: status,
            PageSize: 1,
          });
          if ((reply.Total as number) > 0) seen.add(status);
        }
      }
    }
    expect([...seen].sort()).toEqual([...TASK_STATUSES].sort());
  });
});

describe('ListOTATaskByFirmware (emulator action)', () => {
  it('lists every task of a package across its jobs, with the same shape and limits', async () => {
    const reply = await emu.rpc('ListOTATaskByFirmware', {
      FirmwareId: mainFw.FirmwareId,
      ProductKey: 'a1AssetTrk1',
      PageSize: 100,
    });
    expect(reply.Total).toBe(620);
    const jobIds = new Set(((reply.Data as Json).SimpleOTATaskInfo as Json[]).map((t) => t.JobId));
    expect(jobIds.has(liveJob.JobId)).toBe(true);
    const narrowed = await emu.rpc('ListOTATaskByFirmware', {
      FirmwareId: mainFw.FirmwareId,
      JobId: liveJob.JobId,
      PageSize: 1,
    });
    expect(narrowed.Total).toBe(500);
    expect(
      (
        await emu.rpcError('ListOTATaskByFirmware', {
          FirmwareId: mainFw.FirmwareId,
          ProductKey: 'a1DashCam02',
        })
      ).code,
    ).toBe('iot.ota.NotExistedFirmware');
    expect(
      (
        await emu.rpcError('ListOTATaskByFirmware', {
          FirmwareId: mainFw.FirmwareId,
          PageSize: 101,
        })
      ).code,
    ).toBe('iot.common.InvalidPageParams');
  });
});

describe('ListOTAUnfinishedTaskByDevice', () => {
  it('lists a device’s unfinished tasks and restricts the status filter', async () => {
    const reply = await emu.rpc('ListOTAUnfinishedTaskByDevice', {
      ProductKey: 'a1AssetTrk1',
      DeviceName: 'trk-00350',
    });
    const tasks = (reply.Data as Json).SimpleOTATaskInfo as Json[];
    expect(
      tasks.every((t) =>
        ['CONFIRM', 'QUEUED', 'NOTIFIED', 'IN_PROGRESS'].includes(t.TaskStatus as string),
      ),
    ).toBe(true);
    expect(
      (
        await emu.rpcError('ListOTAUnfinishedTaskByDevice', {
          ProductKey: 'a1AssetTrk1',
          DeviceName: 'trk-00350',
          TaskStatus: 'SUCCEEDED',
        })
      ).code,
    ).toBe('iot.common.InvalidFormattedParameter');
    expect(
      (
        await emu.rpcError('ListOTAUnfinishedTaskByDevice', {
          ProductKey: 'a1AssetTrk1',
          DeviceName: 'ghost',
        })
      ).code,
    ).toBe('iot.device.NotExistedDevice');
  });
});
