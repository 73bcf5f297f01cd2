import type { ActionReplies, FirmwareStatus as FirmwareStatusCode } from '../../shared/cloud';
import type {
  Firmware,
  FirmwareList,
  FirmwareStatus,
  UpgradeJob,
  UpgradeJobList,
} from '../../shared/contract/firmware';
import type { OtaModule } from '../../shared/contract/ota-modules';
import type { Product, ProductList } from '../../shared/contract/products';
import {
  type UpgradeTask,
  type UpgradeTaskList,
  upgradeTaskStatusSchema,
} from '../../shared/contract/upgrade-tasks';
import { isDefaultModule } from '../../shared/ota/module-rules';
import { upstreamMalformed } from './upstream-error';

/** Vendor (PascalCase) to contract (camelCase) mapping lives here and nowhere else. */

type Obj = Record<string, unknown>;

const isObj = (value: unknown): value is Obj =>
  Boolean(value) && typeof value === 'object' && !Array.isArray(value);

const str = (value: unknown): string | undefined =>
  typeof value === 'string' ? value : typeof value === 'number' ? String(value) : undefined;

const num = (value: unknown, fallback = 0): number => {
  const n = typeof value === 'number' ? value : typeof value === 'string' ? Number(value) : NaN;
  return Number.isFinite(n) ? n : fallback;
};

/** Lists arrive as `X`, `X.Item[]` (XML heritage) or a single object (seed 000): always an array. */
export function listOf(value: unknown, wrapper?: string): Obj[] {
  let inner = value;
  if (wrapper && isObj(inner) && wrapper in inner) inner = inner[wrapper];
  if (Array.isArray(inner)) return inner.filter(isObj);
  if (isObj(inner)) return [inner];
  return [];
}

const EPOCH_DIGITS = /^\d{10,13}$/;
/** Date, optional time (minutes, seconds, fraction), optional zone; the date/time gap may be " T". */
const DATE_TIME =
  /^(\d{4})-(\d{2})-(\d{2})(?:\s*T?\s*(\d{2}):(\d{2})(?::(\d{2})(?:\.(\d{1,9}))?)?)?\s*(Z|[+-]\d{2}:?\d{2})?$/i;

function fromEpoch(n: number): string | null {
  const date = new Date(n < 1e12 ? n * 1000 : n);
  return Number.isNaN(date.getTime()) ? null : date.toISOString();
}

/**
 * Upstream times as ISO 8601 UTC: epoch seconds or milliseconds, `2020-10-13T09:46Z` (Alibaba),
 * `2024-11-11 T07:36Z` (the Tuya page's spelling) or `2024-11-11 07:36:00` (UTC, as the platform
 * documents its times); anything else is null rather than a guess. Parsed by hand: it runs for
 * every time in every list, and `new Date(string)` is both slower and engine-dependent.
 */
/** The same few times come back in every list call (module and firmware dates): parse each once. */
const recentTimes = new Map<string, string | null>();
const RECENT_TIMES_MAX = 10_000;

export function toIsoTime(value: unknown): string | null {
  if (value === undefined || value === null || value === '') return null;
  if (typeof value === 'number') return fromEpoch(value);
  const text = String(value);
  const known = recentTimes.get(text);
  if (known !== undefined) return known;
  if (recentTimes.size >= RECENT_TIMES_MAX) recentTimes.clear();
  const iso = parseTime(text.trim());
  recentTimes.set(text, iso);
  return iso;
}

function parseTime(text: string): string | null {
  if (EPOCH_DIGITS.test(text)) return fromEpoch(Number(text));
  const m = DATE_TIME.exec(text);
  if (!m) return null;
  const [year, month, day, hour, minute, second] = m
    .slice(1, 7)
    .map((part) => Number(part ?? 0)) as [number, number, number, number, number, number];
  const ms = m[7] ? Math.floor(Number(`0.${m[7]}`) * 1000) : 0;
  const zone = m[8]?.toUpperCase();
  const offsetMinutes =
    !zone || zone === 'Z'
      ? 0
      : (zone[0] === '-' ? -1 : 1) * (Number(zone.slice(1, 3)) * 60 + Number(zone.slice(-2)));
  const local = Date.UTC(year, month - 1, day, hour, minute, second, ms);
  const check = new Date(local);
  // Date.UTC rolls 2024-02-31 over into March: refuse what does not read back the same.
  if (
    month < 1 ||
    hour > 23 ||
    minute > 59 ||
    second > 59 ||
    check.getUTCDate() !== day ||
    check.getUTCMonth() !== month - 1
  ) {
    return null;
  }
  return new Date(local - offsetMinutes * 60_000).toISOString();
}

/** QueryProduct's answer: the product (its name) in the contract's words. */
export function toProduct(body: ActionReplies['QueryProduct'], productKey: string): Product {
  const data: unknown = body.Data;
  if (!isObj(data)) throw upstreamMalformed(body.RequestId);
  return {
    productKey: str(data.ProductKey) ?? productKey,
    productName: str(data.ProductName) ?? productKey,
    nodeType: str(data.NodeType),
    description: str(data.Description),
    gmtCreate: toIsoTime(data.GmtCreate) ?? undefined,
  };
}

export function toProductList(body: ActionReplies['QueryProductList']): ProductList {
  const data: unknown = body.Data;
  if (!isObj(data)) throw upstreamMalformed(body.RequestId);
  const items: Product[] = listOf(data.List, 'ProductInfo').flatMap((p) => {
    const productKey = str(p.ProductKey);
    if (!productKey) return [];
    return [
      {
        productKey,
        productName: str(p.ProductName) ?? productKey,
        nodeType: str(p.NodeType),
        description: str(p.Description),
        gmtCreate: toIsoTime(p.GmtCreate) ?? undefined,
      },
    ];
  });
  return {
    items,
    total: num(data.Total, items.length),
    page: num(data.CurrentPage, 1),
    pageSize: num(data.PageSize, items.length),
  };
}

export function toOtaModules(
  body: ActionReplies['ListOTAModuleByProduct'],
  productKey: string,
): OtaModule[] {
  return listOf(body.Data, 'OtaModuleDTO').flatMap((m) => {
    const moduleName = str(m.ModuleName);
    if (!moduleName) return [];
    return [
      {
        productKey: str(m.ProductKey) ?? productKey,
        moduleName,
        aliasName: str(m.AliasName) ?? '',
        desc: str(m.Desc) ?? '',
        gmtCreate: toIsoTime(m.GmtCreate),
        gmtModified: toIsoTime(m.GmtModified),
        isDefault: isDefaultModule(moduleName),
      },
    ];
  });
}

/* Firmware, jobs and device upgrade tasks (issue 5). */

/** The cloud's firmware `Status` codes in the contract's words (unknown codes read as unverified). */
const FIRMWARE_STATUS_BY_CODE: Record<FirmwareStatusCode, FirmwareStatus> = {
  [-1]: 'noVerificationNeeded',
  0: 'unverified',
  1: 'verified',
  2: 'verifying',
  3: 'verificationFailed',
};

function firmwareStatusOf(value: unknown): FirmwareStatus {
  return FIRMWARE_STATUS_BY_CODE[num(value, 0) as FirmwareStatusCode] ?? 'unverified';
}

export function toFirmwareList(body: ActionReplies['ListOTAFirmware']): FirmwareList {
  const items: Firmware[] = listOf(
    body.FirmwareInfo ?? (body as { Data?: unknown }).Data,
    'SimpleFirmwareInfo',
  ).flatMap((f) => {
    const firmwareId = str(f.FirmwareId);
    if (!firmwareId) return [];
    return [
      {
        firmwareId,
        firmwareName: str(f.FirmwareName) ?? firmwareId,
        productKey: str(f.ProductKey) ?? '',
        moduleName: str(f.ModuleName) ?? 'default',
        srcVersion: str(f.SrcVersion) ?? '',
        destVersion: str(f.DestVersion) ?? '',
        status: firmwareStatusOf(f.Status),
        utcCreate: toIsoTime(f.UtcCreate),
      },
    ];
  });
  return {
    items,
    total: num(body.Total, items.length),
    page: num(body.CurrentPage, 1),
    pageSize: num(body.PageSize, items.length),
  };
}

export function toUpgradeJobList(body: ActionReplies['ListOTAJobByFirmware']): UpgradeJobList {
  const items = listOf(body.Data, 'SimpleOTAJobInfo').flatMap(toUpgradeJob);
  return { items, total: num(body.Total, items.length) };
}

/** QueryOTAJob's `Data`, or one item of ListOTAJobByFirmware; none when it has no JobId. */
export function toUpgradeJob(j: unknown): UpgradeJob[] {
  if (!isObj(j)) return [];
  const jobId = str(j.JobId);
  if (!jobId) return [];
  return [
    {
      jobId,
      firmwareId: str(j.FirmwareId) ?? '',
      jobStatus: str(j.JobStatus) ?? '',
      jobType: str(j.JobType) ?? '',
      targetSelection: str(j.TargetSelection) ?? '',
      tags: listOf(j.Tags, 'OtaTagDTO').map((tag) => ({
        key: str(tag.Key) ?? '',
        value: str(tag.Value) ?? '',
      })),
      utcCreate: toIsoTime(j.UtcCreate),
      utcStart: toIsoTime(j.UtcStartTime),
      utcEnd: toIsoTime(j.UtcEndTime),
    },
  ];
}

export function toUpgradeTasks(body: ActionReplies['ListOTATaskByJob']): UpgradeTask[] {
  return listOf(body.Data, 'SimpleOTATaskInfo').flatMap((t) => {
    const deviceName = str(t.DeviceName);
    const status = upgradeTaskStatusSchema.safeParse(str(t.TaskStatus));
    if (!deviceName || !status.success) return [];
    return [
      {
        taskId: str(t.TaskId) ?? '',
        jobId: str(t.JobId) ?? '',
        firmwareId: str(t.FirmwareId) ?? '',
        deviceName,
        status: status.data,
        progress: Math.min(100, Math.max(0, num(t.Progress, 0))),
        desc: str(t.TaskDesc) ?? '',
        utcModified: toIsoTime(t.UtcModified),
      },
    ];
  });
}

export function toUpgradeTaskList(body: ActionReplies['ListOTATaskByJob']): UpgradeTaskList {
  const items = toUpgradeTasks(body);
  return {
    items,
    total: num(body.Total, items.length),
    page: num(body.CurrentPage, 1),
    pageSize: num(body.PageSize, items.length),
  };
}

/** A device of the IoT platform, as the console names it. */
export interface Device {
  productKey: string;
  deviceName: string;
  iotId: string;
  /**
   * The emulator's `TerminalId` extra (the device's report-API id), read while present; the real
   * cloud has no such field: the device directory (issue 14) maps devices to terminals instead.
   */
  terminalId?: string;
}

/** The devices named by one page of tasks (ListOTATaskByJob / ListOTATaskByFirmware). */
export function toDevices(body: ActionReplies['ListOTATaskByJob']): Device[] {
  return listOf(body.Data, 'SimpleOTATaskInfo').flatMap((t) => {
    const deviceName = str(t.DeviceName);
    const productKey = str(t.ProductKey);
    if (!deviceName || !productKey) return [];
    const terminalId = str(t.TerminalId);
    return [
      { productKey, deviceName, iotId: str(t.IotId) ?? '', ...(terminalId ? { terminalId } : {}) },
    ];
  });
}

/** Total of a paged list reply (paging fields at the top level). */
export const totalOf = (body: { Total?: unknown }, fallback: number) => num(body.Total, fallback);
