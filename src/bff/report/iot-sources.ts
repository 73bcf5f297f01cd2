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

/**
 * Keeps our IoT calls under the platform's per-key rate (the cloud and the emulator allow 10 a
 * second and refuse the excess): callers wait for a slot in a sliding one-second window.
 */
export class RatePacer {
  private readonly recent: number[] = [];
  constructor(private readonly perSecond: number) {}

  async wait(): Promise<void> {
    for (;;) {
      const now = Date.now();
      while (this.recent.length > 0 && (this.recent[0] as number) <= now - 1000)
        this.recent.shift();
      if (this.recent.length < this.perSecond) {
        this.recent.push(now);
        return;
      }
      await new Promise((resolve) => setTimeout(resolve, (this.recent[0] as number) + 1001 - now));
    }
  }
}

const str = (value: unknown) =>
  typeof value === 'string' ? value : typeof value === 'number' ? String(value) : '';

/** Every page of a paged list action (first page, then the rest with bounded concurrency). */
export async function allPages(
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

const DEVICE_CACHE_MS = 5 * 60_000;

/**
 * Reads products' firmware, jobs and device tasks from the IoT platform for the report, paced under
 * the platform's rate limit; device lists are kept a few minutes (the kiosk asks every refresh).
 */
export class IotSources {
  private readonly pacer: RatePacer;
  private readonly devices = new Map<string, { at: number; ids: Promise<string[]> }>();

  constructor(
    private readonly iot: Iot,
    options: { callsPerSecond?: number } = {},
  ) {
    this.pacer = new RatePacer(options.callsPerSecond ?? 8);
  }

  private async call(
    action: Parameters<Iot['call']>[0],
    params: Record<string, string | number>,
  ): Promise<Obj> {
    await this.pacer.wait();
    return (await this.iot.call(action, params)) as unknown as Obj;
  }

  private firmwareOf(productKey: string): Promise<Obj[]> {
    const call = (n: number) =>
      this.call('ListOTAFirmware', {
        ProductKey: productKey,
        CurrentPage: n,
        PageSize: FIRMWARE_PAGE_SIZE,
      });
    return allPages(
      () => call(1),
      call,
      (body) => listOf(body.FirmwareInfo, 'SimpleFirmwareInfo'),
      FIRMWARE_PAGE_SIZE,
    );
  }

  private async taskTerminals(
    action: 'ListOTATaskByJob' | 'ListOTATaskByFirmware',
    params: Record<string, string>,
  ) {
    const call = (n: number) =>
      this.call(action, { ...params, CurrentPage: n, PageSize: TASK_PAGE_SIZE });
    const tasks = await allPages(
      () => call(1),
      call,
      (body) => listOf(body.Data, 'SimpleOTATaskInfo'),
      TASK_PAGE_SIZE,
    );
    return tasks.map((task) => str(task.TerminalId)).filter(Boolean);
  }

  /** Forgets resolved device lists (they are otherwise kept a few minutes). */
  clearCache(): void {
    this.devices.clear();
  }

  /**
   * Terminal ids of the devices with an upgrade task in a job, a firmware, or any firmware of a
   * product (the task listing carries each device's report-API `TerminalId`). The narrowest given wins.
   */
  resolveDevices(source: DeviceSource, onFound?: (count: number) => void): Promise<string[]> {
    const key = source.jobId
      ? `job:${source.jobId}`
      : source.firmwareId
        ? `fw:${source.firmwareId}`
        : `pk:${source.productKey}`;
    const cached = this.devices.get(key);
    if (cached && Date.now() - cached.at < DEVICE_CACHE_MS) return cached.ids;
    const ids = this.resolve(source, onFound);
    this.devices.set(key, { at: Date.now(), ids });
    ids.catch(() => this.devices.delete(key));
    for (const [k, v] of this.devices)
      if (Date.now() - v.at >= DEVICE_CACHE_MS) this.devices.delete(k);
    return ids;
  }

  private async resolve(
    source: DeviceSource,
    onFound?: (count: number) => void,
  ): Promise<string[]> {
    const found = new Set<string>();
    const add = (ids: string[]) => {
      for (const id of ids) found.add(id);
      onFound?.(found.size);
    };
    if (source.jobId) add(await this.taskTerminals('ListOTATaskByJob', { JobId: source.jobId }));
    else if (source.firmwareId)
      add(await this.taskTerminals('ListOTATaskByFirmware', { FirmwareId: source.firmwareId }));
    else if (source.productKey) {
      const firmware = await this.firmwareOf(source.productKey);
      await runPool(firmware, 3, async (fw) => {
        add(await this.taskTerminals('ListOTATaskByFirmware', { FirmwareId: str(fw.FirmwareId) }));
        return [];
      });
    }
    return [...found].sort();
  }

  async firmwareOptions(productKey: string): Promise<ReportOptionList> {
    const firmware = await this.firmwareOf(productKey);
    return {
      items: firmware.map((fw) => ({
        value: str(fw.FirmwareId),
        label: `${str(fw.FirmwareName)} (${str(fw.SrcVersion) || '*'} → ${str(fw.DestVersion)})`,
      })),
    };
  }

  async jobOptions(firmwareId: string): Promise<ReportOptionList> {
    const call = (n: number) =>
      this.call('ListOTAJobByFirmware', { FirmwareId: firmwareId, CurrentPage: n, PageSize: 100 });
    const jobs = await allPages(
      () => call(1),
      call,
      (body) => listOf(body.Data, 'SimpleOTAJobInfo'),
      100,
    );
    return {
      items: jobs.map((job) => ({
        value: str(job.JobId),
        label: `${str(job.JobId)} · ${str(job.JobStatus)} · ${str(job.UtcStartTime).slice(0, 10)}`,
      })),
    };
  }
}
