import type { FastifyInstance } from 'fastify';

import type { ReportOptionList } from '../../shared/contract/reports';
import { listOf } from '../cloud/to-contract';
import { runPool } from './fetch-records';

/** Which devices a report covers, when chosen on the IoT side rather than pasted. */
export interface DeviceSource {
  productKey?: string;
  firmwareId?: string;
  jobId?: string;
}

type Iot = FastifyInstance['iot'];
type Obj = Record<string, unknown>;

const TASK_PAGE_SIZE = 100;
const FIRMWARE_PAGE_SIZE = 100;

const str = (value: unknown) => (typeof value === 'string' ? value : typeof value === 'number' ? String(value) : '');

/** Every page of a paged list action (first page, then the rest with bounded concurrency). */
async function allPages(
  first: () => Promise<Obj>,
  page: (n: number) => Promise<Obj>,
  items: (body: Obj) => Obj[],
  pageSize: number,
): Promise<Obj[]> {
  const head = await first();
  const out = [...items(head)];
  const total = Number((head.Total as unknown) ?? (head.Data as Obj | undefined)?.Total ?? 0);
  const pages = Math.ceil(total / pageSize);
  const rest = Array.from({ length: Math.max(0, pages - 1) }, (_, i) => i + 2);
  await runPool(rest, 4, async (n) => {
    out.push(...items(await page(n)));
    return [];
  });
  return out;
}

async function firmwareOf(iot: Iot, productKey: string): Promise<Obj[]> {
  const call = (n: number) =>
    iot.call('ListOTAFirmware', { ProductKey: productKey, CurrentPage: n, PageSize: FIRMWARE_PAGE_SIZE }) as Promise<Obj>;
  return allPages(() => call(1), call, (body) => listOf(body.FirmwareInfo, 'SimpleFirmwareInfo'), FIRMWARE_PAGE_SIZE);
}

async function taskTerminals(iot: Iot, action: 'ListOTATaskByJob' | 'ListOTATaskByFirmware', params: Obj): Promise<string[]> {
  const call = (n: number) =>
    iot.call(action, { ...(params as Record<string, string>), CurrentPage: n, PageSize: TASK_PAGE_SIZE }) as Promise<Obj>;
  const tasks = await allPages(() => call(1), call, (body) => listOf(body.Data, 'SimpleOTATaskInfo'), TASK_PAGE_SIZE);
  return tasks.map((task) => str(task.TerminalId)).filter(Boolean);
}

/**
 * Terminal ids of the devices with an upgrade task in a job, a firmware, or any firmware of a
 * product (the task listing carries each device's report-API `TerminalId`). The narrowest given wins.
 */
export async function resolveDevices(iot: Iot, source: DeviceSource, onFound?: (count: number) => void): Promise<string[]> {
  const found = new Set<string>();
  const add = (ids: string[]) => {
    for (const id of ids) found.add(id);
    onFound?.(found.size);
  };
  if (source.jobId) add(await taskTerminals(iot, 'ListOTATaskByJob', { JobId: source.jobId }));
  else if (source.firmwareId) add(await taskTerminals(iot, 'ListOTATaskByFirmware', { FirmwareId: source.firmwareId }));
  else if (source.productKey) {
    const firmware = await firmwareOf(iot, source.productKey);
    await runPool(firmware, 3, async (fw) => {
      add(await taskTerminals(iot, 'ListOTATaskByFirmware', { FirmwareId: str(fw.FirmwareId) }));
      return [];
    });
  }
  return [...found].sort();
}

export async function firmwareOptions(iot: Iot, productKey: string): Promise<ReportOptionList> {
  const firmware = await firmwareOf(iot, productKey);
  return {
    items: firmware.map((fw) => ({
      value: str(fw.FirmwareId),
      label: `${str(fw.FirmwareName)} (${str(fw.SrcVersion) || '*'} → ${str(fw.DestVersion)})`,
    })),
  };
}

export async function jobOptions(iot: Iot, firmwareId: string): Promise<ReportOptionList> {
  const call = (n: number) =>
    iot.call('ListOTAJobByFirmware', { FirmwareId: firmwareId, CurrentPage: n, PageSize: 100 }) as Promise<Obj>;
  const jobs = await allPages(() => call(1), call, (body) => listOf(body.Data, 'SimpleOTAJobInfo'), 100);
  return {
    items: jobs.map((job) => ({
      value: str(job.JobId),
      label: `${str(job.JobId)} · ${str(job.JobStatus)} · ${str(job.UtcStartTime).slice(0, 10)}`,
    })),
  };
}
