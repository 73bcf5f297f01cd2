import { afterAll, beforeAll, describe, expect, it } from 'vitest';

import { $Iot, allTasksOfJob, firmwareNamed, jobsOf, type Json, TestEmulator } from './harness';

/**
 * Every field the emulator answers must exist in the official SDK's model of that reply
 * (`@alicloud/iot20180120`, generated from Alibaba's API metadata): what the model lacks is an
 * emulator invention a real cloud would never send, and nothing may come to depend on it.
 */

interface TeaModel {
  names(): Record<string, string>;
  types(): Record<string, unknown>;
}

const isModel = (value: unknown): value is TeaModel =>
  typeof value === 'function' && 'names' in value && 'types' in value;

const LEAF_TYPES = new Set(['string', 'number', 'boolean']);

/** Paths of the fields in `value` that `model` does not know, or whose type differs from it. */
function extraFields(model: TeaModel, value: unknown, path = ''): string[] {
  if (!value || typeof value !== 'object' || Array.isArray(value)) return [];
  const byWire = new Map(
    Object.entries(model.names()).map(([camel, wire]) => [wire, model.types()[camel]]),
  );
  const extras: string[] = [];
  for (const [key, child] of Object.entries(value as Json)) {
    const here = path ? `${path}.${key}` : key;
    if (!byWire.has(key)) {
      extras.push(here);
      continue;
    }
    const type = byWire.get(key);
    if (typeof type === 'string' && LEAF_TYPES.has(type) && child !== null && typeof child !== type)
      extras.push(`${here}: ${typeof child}, not ${type}`);
    else if (isModel(type)) extras.push(...extraFields(type, child, here));
    else if (type && typeof type === 'object' && 'itemType' in type && Array.isArray(child)) {
      const item = (type as { itemType: unknown }).itemType;
      if (isModel(item))
        for (const one of child) extras.push(...extraFields(item, one, `${here}[]`));
    }
  }
  return [...new Set(extras)];
}

const body = (action: string) =>
  ($Iot as unknown as Record<string, TeaModel>)[`${action}ResponseBody`]!;

let emu: TestEmulator;
let firmwareId: string;
let jobId: string;
let queuedTask: Json;

beforeAll(async () => {
  emu = await TestEmulator.start();
  firmwareId = (await firmwareNamed(emu, 'a1AssetTrk1', 'T1-main-2.4.0')).FirmwareId as string;
  jobId = (await jobsOf(emu, firmwareId)).at(-1)!.JobId as string;
  queuedTask = (await allTasksOfJob(emu, jobId)).find((t) => t.TaskStatus === 'QUEUED')!;
});
afterAll(() => emu.close());

describe('replies carry only fields of the real API (SDK model)', () => {
  const cases: Array<[string, () => Json, ('GET' | 'POST')?]> = [
    ['QueryProductList', () => ({ CurrentPage: 1, PageSize: 10 })],
    ['QueryProduct', () => ({ ProductKey: 'a1AssetTrk1' })],
    ['ListOTAModuleByProduct', () => ({ ProductKey: 'a1AssetTrk1' }), 'GET'],
    ['ListOTAFirmware', () => ({ CurrentPage: 1, PageSize: 100 })],
    ['QueryOTAFirmware', () => ({ FirmwareId: firmwareId })],
    ['ListOTAJobByFirmware', () => ({ FirmwareId: firmwareId, CurrentPage: 1, PageSize: 50 })],
    ['QueryOTAJob', () => ({ JobId: jobId })],
    ['ListOTATaskByJob', () => ({ JobId: jobId, CurrentPage: 1, PageSize: 100 })],
    [
      'ListOTAUnfinishedTaskByDevice',
      () => ({ ProductKey: queuedTask.ProductKey, DeviceName: queuedTask.DeviceName }),
    ],
    [
      'CreateOTAModule',
      () => ({ ProductKey: 'a1DashCam02', ModuleName: 'fields', AliasName: 'f' }),
    ],
    ['UpdateOTAModule', () => ({ ProductKey: 'a1DashCam02', ModuleName: 'fields', Desc: 'd' })],
    ['DeleteOTAModule', () => ({ ProductKey: 'a1DashCam02', ModuleName: 'fields' })],
    [
      'CancelOTATaskByDevice',
      () => ({
        ProductKey: queuedTask.ProductKey,
        FirmwareId: firmwareId,
        'DeviceName.1': queuedTask.DeviceName,
      }),
    ],
    ['CancelOTATaskByJob', () => ({ JobId: jobId, CancelQueuedTask: true })],
  ];

  it.each(cases)('%s', async (action, params, method) => {
    const reply = await emu.rpc(action, params(), method ?? 'POST');
    expect(reply.Success).toBe(true);
    expect(extraFields(body(action), reply)).toEqual([]);
  });

  it('the checker finds an invented field', () => {
    expect(
      extraFields(body('ListOTATaskByJob'), {
        Data: { SimpleOTATaskInfo: [{ TaskId: 't', TerminalId: 'x' }] },
      }),
    ).toEqual(['Data.SimpleOTATaskInfo[].TerminalId']);
  });
});
