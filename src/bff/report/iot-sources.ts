import type { FastifyInstance } from 'fastify';

import type { ReportOptionList } from '../../shared/contract/reports';
import { listOf } from '../cloud/to-contract';
import type { DeviceRef } from '../directory/directory';
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
  private readonly devices = new Map<string, { at: number; devices: Promise<DeviceRef[]> }>();

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

  /** Every page of a job's device tasks (ListOTATaskByJob: the cloud's own listing). */
  private async devicesOfJob(jobId: string): Promise<DeviceRef[]> {
    const call = (n: number) =>
      this.call('ListOTATaskByJob', { JobId: jobId, CurrentPage: n, PageSize: TASK_PAGE_SIZE });
    const tasks = await allPages(
      () => call(1),
      call,
      (body) => listOf(body.Data, 'SimpleOTATaskInfo'),
      TASK_PAGE_SIZE,
    );
    return tasks.flatMap((task) => {
      const productKey = str(task.ProductKey);
      const deviceName = str(task.DeviceName);
      return productKey && deviceName ? [{ productKey, deviceName, iotId: str(task.IotId) }] : [];
    });
  }

  private async jobIdsOf(firmwareId: string): Promise<string[]> {
    return (await this.jobsOf(firmwareId)).map((job) => str(job.JobId)).filter(Boolean);
  }

  /** Forgets resolved device lists (they are otherwise kept a few minutes). */
  clearCache(): void {
    this.devices.clear();
  }

  /**
   * The devices with an upgrade task in a job, a firmware (through its jobs: ListOTAJobByFirmware,
   * then ListOTATaskByJob) or any firmware of a product. The narrowest given wins. Which report
   * terminal each device is, the directory says.
   */
  resolveDevices(source: DeviceSource, onFound?: (count: number) => void): Promise<DeviceRef[]> {
    const key = source.jobId
      ? `job:${source.jobId}`
      : source.firmwareId
        ? `fw:${source.firmwareId}`
        : `pk:${source.productKey}`;
    const cached = this.devices.get(key);
    if (cached && Date.now() - cached.at < DEVICE_CACHE_MS) return cached.devices;
    const devices = this.resolve(source, onFound);
    this.devices.set(key, { at: Date.now(), devices });
    devices.catch(() => this.devices.delete(key));
    for (const [k, v] of this.devices)
      if (Date.now() - v.at >= DEVICE_CACHE_MS) this.devices.delete(k);
    return devices;
  }

  private async resolve(
    source: DeviceSource,
    onFound?: (count: number) => void,
  ): Promise<DeviceRef[]> {
    const found = new Map<string, DeviceRef>();
    const add = (devices: DeviceRef[]) => {
      for (const device of devices)
        found.set(`${device.productKey}\u0000${device.deviceName}`, device);
      onFound?.(found.size);
    };
    const firmwareIds = source.jobId
      ? []
      : source.firmwareId
        ? [source.firmwareId]
        : source.productKey
          ? (await this.firmwareOf(source.productKey)).map((fw) => str(fw.FirmwareId))
          : [];
    const jobIds = source.jobId ? [source.jobId] : [];
    await runPool(firmwareIds, 3, async (firmwareId) => {
      jobIds.push(...(await this.jobIdsOf(firmwareId)));
      return [];
    });
    await runPool(jobIds, 3, async (jobId) => {
      add(await this.devicesOfJob(jobId));
      return [];
    });
    return [...found.values()].sort(
      (a, b) =>
        a.productKey.localeCompare(b.productKey) || a.deviceName.localeCompare(b.deviceName),
    );
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

  private jobsOf(firmwareId: string): Promise<Obj[]> {
    const call = (n: number) =>
      this.call('ListOTAJobByFirmware', { FirmwareId: firmwareId, CurrentPage: n, PageSize: 100 });
    return allPages(
      () => call(1),
      call,
      (body) => listOf(body.Data, 'SimpleOTAJobInfo'),
      100,
    );
  }

  async jobOptions(firmwareId: string): Promise<ReportOptionList> {
    const jobs = await this.jobsOf(firmwareId);
    return {
      items: jobs.map((job) => ({
        value: str(job.JobId),
        label: `${str(job.JobId)} · ${str(job.JobStatus)} · ${str(job.UtcStartTime).slice(0, 10)}`,
      })),
    };
  }
}
