import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';

import type { TerminalOtaReportPage } from '../../shared/cloud';
import { firmwareNamed, jobsOf, type Json, SEED_NOW, terminalIdsOf, TestEmulator } from './harness';
import { queryReport, reportToken } from './report-client';

interface State {
  running: boolean;
  now: string;
  reports: number;
  taskStatuses: Array<{ status: string; n: number }>;
}

let emu: TestEmulator;
beforeAll(async () => {
  emu = await TestEmulator.start();
});
afterAll(() => emu.close());
beforeEach(() => emu.resetIfDirty());

async function state(): Promise<State & { counts: Record<string, number> }> {
  const body = (await (await fetch(`${emu.url}/__emulator/state`)).json()) as State;
  return { ...body, counts: Object.fromEntries(body.taskStatuses.map((s) => [s.status, s.n])) };
}

describe('simulation clock', () => {
  it('stands still while stopped', async () => {
    const before = await state();
    await new Promise((resolve) => setTimeout(resolve, 1200));
    const after = await state();
    expect(after.now).toBe(SEED_NOW);
    expect(after.counts).toEqual(before.counts);
    expect(after.reports).toBe(before.reports);
  });

  it('moves queued → notified → in progress → succeeded/failed when stepped; CONFIRM waits', async () => {
    const before = await state();
    const stepped = await emu.hook<{ now: string }>('clock', {
      action: 'step',
      seconds: 2 * 86_400,
    });
    expect(stepped.now).toBe('2025-06-03T12:00:00.000Z');
    const after = await state();
    expect(after.counts.QUEUED ?? 0).toBe(0);
    expect(after.counts.NOTIFIED ?? 0).toBe(0);
    expect(after.counts.IN_PROGRESS ?? 0).toBe(0);
    expect(after.counts.CONFIRM).toBe(before.counts.CONFIRM);
    expect(after.counts.SUCCEEDED!).toBeGreaterThan(before.counts.SUCCEEDED!);
    expect(after.counts.FAILED!).toBeGreaterThan(before.counts.FAILED!);
    expect(after.reports).toBeGreaterThan(before.reports);

    const fw = await firmwareNamed(emu, 'a1AssetTrk1', 'T1-main-2.4.0');
    const [confirmJob, waveJob] = await jobsOf(emu, fw.FirmwareId as string);
    expect(confirmJob!.JobStatus).toBe('IN_PROGRESS');
    expect(waveJob!.JobStatus).toBe('COMPLETED');
  });

  it('writes report records for the tasks it moves', async () => {
    const fw = await firmwareNamed(emu, 'a1FleetGw03', 'G3-main-1.0.5');
    const job = (await jobsOf(emu, fw.FirmwareId as string))[0]!;
    const queued = await emu.rpc('ListOTATaskByJob', {
      JobId: job.JobId,
      TaskStatus: 'QUEUED',
      PageSize: 20,
    });
    const tasks = (queued.Data as Json).SimpleOTATaskInfo as Json[];
    await emu.hook('clock', { action: 'step', seconds: 86_400 });
    const token = await reportToken(emu);
    const { body } = await queryReport(emu, token, {
      ids: terminalIdsOf(
        emu,
        tasks.map((t) => t.DeviceName as string),
      ),
      startTime: '2025-06-01 12:00:00',
      endTime: '2025-06-02 12:00:00',
      pageNum: 1,
      pageSize: 100,
    });
    const page = body.data as TerminalOtaReportPage;
    const finals = page.data.filter((r) => r.status === 3 || r.status === 4);
    expect(new Set(finals.map((r) => r.terminalId)).size).toBe(tasks.length);
    expect(page.data.every((r) => JSON.parse(r.upgradeInfo).VERSION === '1.0.5')).toBe(true);
  });

  it('starts and stops', async () => {
    expect((await emu.hook<{ running: boolean }>('clock', { action: 'start' })).running).toBe(true);
    await new Promise((resolve) => setTimeout(resolve, 50));
    const stopped = await emu.hook<{ running: boolean; now: string }>('clock', { action: 'stop' });
    expect(stopped.running).toBe(false);
    expect(Date.parse(stopped.now)).toBeGreaterThan(Date.parse(SEED_NOW));
  });
});
