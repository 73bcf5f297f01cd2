import type { ReportRow, ReportSort, StatusCounts } from '../../shared/contract/reports';
import { REPORT_STATUS_META } from '../../shared/report/statuses';
import { parseUpgradeInfo, type UpgradeInfo } from '../../shared/report/upgrade-info';

/** One report record as the BFF keeps it. */
export interface ReportRecord {
  readonly terminalId: string;
  readonly terminalNum: string;
  readonly status: number;
  readonly upgradeInfo: string;
  /** Read from `upgradeInfo` when first asked (only sorting on its columns and shown rows need it). */
  readonly info: UpgradeInfo | null;
  /** Epoch ms; NaN when the upstream sent no readable time. */
  readonly send: number;
  readonly update: number;
  readonly mark: string;
}

/** One distinct `upgradeInfo` text, shared by every record that carries it, parsed at most once. */
class InfoText {
  private parsed: UpgradeInfo | null | undefined;
  constructor(readonly text: string) {}
  get info(): UpgradeInfo | null {
    if (this.parsed === undefined) this.parsed = parseUpgradeInfo(this.text);
    return this.parsed;
  }
}

/** Compact: the upgrade text is a pointer to its shared `InfoText`, not a copy per record. */
class CompactRecord implements ReportRecord {
  constructor(
    readonly terminalId: string,
    readonly terminalNum: string,
    readonly status: number,
    private readonly infoText: InfoText,
    readonly send: number,
    readonly update: number,
    readonly mark: string,
  ) {}
  get upgradeInfo(): string {
    return this.infoText.text;
  }
  get info(): UpgradeInfo | null {
    return this.infoText.info;
  }
}

export interface Dataset {
  from: number;
  to: number;
  devices: number;
  all: ReportRecord[];
  latest: ReportRecord[];
  generatedAt: string;
  /** Sorted copies, made on demand (bounded). */
  sorted: Map<string, ReportRecord[]>;
}

const str = (value: unknown): string =>
  typeof value === 'string' ? value : typeof value === 'number' ? String(value) : '';

function time(ms: unknown, iso: unknown): number {
  const n =
    typeof ms === 'number' ? ms : typeof ms === 'string' && /^\d+$/.test(ms) ? Number(ms) : NaN;
  if (Number.isFinite(n)) return n;
  return typeof iso === 'string' ? Date.parse(iso) : NaN;
}

/**
 * Maps upstream records page by page (`normalizer.page`), sharing each distinct `upgradeInfo` text
 * between its records; rows with no device are dropped.
 */
export class RecordNormalizer {
  private readonly texts = new Map<string, InfoText>();

  page(raw: readonly unknown[]): ReportRecord[] {
    const out: ReportRecord[] = [];
    for (const item of raw) {
      if (!item || typeof item !== 'object') continue;
      const r = item as Record<string, unknown>;
      const terminalId = str(r.terminalId);
      if (!terminalId) continue;
      const upgradeInfo =
        typeof r.upgradeInfo === 'string'
          ? r.upgradeInfo
          : r.upgradeInfo == null
            ? ''
            : JSON.stringify(r.upgradeInfo);
      let infoText = this.texts.get(upgradeInfo);
      if (!infoText) {
        infoText = new InfoText(upgradeInfo);
        this.texts.set(upgradeInfo, infoText);
      }
      out.push(
        new CompactRecord(
          terminalId,
          str(r.terminalNum),
          Number(r.status),
          infoText,
          time(r.sendTimestamp, r.sendTime),
          time(r.dateTimestamp, r.dateTime),
          str(r.mark),
        ),
      );
    }
    return out;
  }
}

/** Maps upstream records (see `RecordNormalizer`). */
export function normalizeRecords(raw: readonly unknown[]): ReportRecord[] {
  return new RecordNormalizer().page(raw);
}

/** Drops repeats (a record seen on two pages while the upstream moved), keeping the last copy. */
export function dedupe(records: readonly ReportRecord[]): ReportRecord[] {
  const seen = new Map<string, ReportRecord>();
  for (const record of records) {
    seen.set(
      record.mark ? `m:${record.mark}` : `t:${record.terminalId}|${record.send}|${record.status}`,
      record,
    );
  }
  return seen.size === records.length ? [...records] : [...seen.values()];
}

const newer = (a: ReportRecord, b: ReportRecord) =>
  (a.send || 0) !== (b.send || 0)
    ? (a.send || 0) > (b.send || 0)
    : (a.update || 0) > (b.update || 0);

/** Each device's newest command record (by send time, then last update). */
export function latestPerDevice(records: readonly ReportRecord[]): ReportRecord[] {
  const latest = new Map<string, ReportRecord>();
  for (const record of records) {
    const current = latest.get(record.terminalId);
    if (!current || newer(record, current)) latest.set(record.terminalId, record);
  }
  return [...latest.values()];
}

export function buildDataset(
  raw: readonly unknown[],
  range: { from: number; to: number },
  devices: number,
): Dataset {
  return datasetOf(normalizeRecords(raw), range, devices);
}

/** The dataset over records already normalized (e.g. page by page while fetching). */
export function datasetOf(
  records: readonly ReportRecord[],
  range: { from: number; to: number },
  devices: number,
): Dataset {
  const all = dedupe(records);
  return {
    ...range,
    devices,
    all,
    latest: latestPerDevice(all),
    generatedAt: new Date().toISOString(),
    sorted: new Map(),
  };
}

export const emptyCounts = (): StatusCounts => ({
  sendFailed: 0,
  waiting: 0,
  downloading: 0,
  succeeded: 0,
  failed: 0,
});

const KEY_OF = new Map(REPORT_STATUS_META.map((meta) => [meta.status as number, meta.key]));

export function countStatuses(records: readonly ReportRecord[]): StatusCounts {
  const counts = emptyCounts();
  for (const record of records) {
    const key = KEY_OF.get(record.status);
    if (key) counts[key] += 1;
  }
  return counts;
}

export type Bucket = 'hour' | 'day';
const BUCKET_MS: Record<Bucket, number> = { hour: 3_600_000, day: 86_400_000 };
/** More buckets than this would not be readable: the timeline falls back to days. */
const MAX_BUCKETS = 800;

export function chooseBucket(from: number, to: number, wanted?: Bucket): Bucket {
  if (wanted === 'hour' && (to - from) / BUCKET_MS.hour <= MAX_BUCKETS) return 'hour';
  if (wanted === 'day') return 'day';
  return to - from <= 3 * BUCKET_MS.day ? 'hour' : 'day';
}

/** Status counts per UTC hour or day over [from, to], by send time; empty buckets included. */
export function timeline(
  records: readonly ReportRecord[],
  from: number,
  to: number,
  bucket: Bucket,
) {
  const size = BUCKET_MS[bucket];
  const first = Math.floor(from / size) * size;
  const slots: Array<StatusCounts & { at: string }> = [];
  for (let at = first; at <= to; at += size)
    slots.push({ at: new Date(at).toISOString(), ...emptyCounts() });
  for (const record of records) {
    const index = Math.floor((record.send - first) / size);
    const key = KEY_OF.get(record.status);
    const slot = slots[index];
    if (key && slot) slot[key] += 1;
  }
  return slots;
}

const text = (value: string | null | undefined) => value ?? '';
const SORT_VALUE: Record<ReportSort, (r: ReportRecord) => string | number> = {
  device: (r) => r.terminalId,
  deviceNumber: (r) => r.terminalNum,
  status: (r) => r.status,
  version: (r) => text(r.info?.version),
  url: (r) => text(r.info?.url),
  protocol: (r) => text(r.info?.protocol),
  mode: (r) => text(r.info?.mode),
  sendTime: (r) => (Number.isFinite(r.send) ? r.send : -Infinity),
  updateTime: (r) => (Number.isFinite(r.update) ? r.update : -Infinity),
};

const MAX_SORTED_COPIES = 6;

/** The selected records in the asked order (ties broken by device then send time), cached per dataset. */
export function sortedRecords(
  dataset: Dataset,
  mode: 'latest' | 'all',
  sort: ReportSort,
  order: 'asc' | 'desc',
): ReportRecord[] {
  const key = `${mode}:${sort}:${order}`;
  const cached = dataset.sorted.get(key);
  if (cached) return cached;
  const value = SORT_VALUE[sort];
  const sign = order === 'asc' ? 1 : -1;
  const compare = (a: string | number, b: string | number) =>
    typeof a === 'number' && typeof b === 'number' ? a - b : a < b ? -1 : a > b ? 1 : 0;
  // Each record's sort value is read once, not once per comparison.
  const keyed = dataset[mode].map((record) => ({ record, key: value(record) }));
  keyed.sort(
    (a, b) =>
      sign * compare(a.key, b.key) ||
      compare(a.record.terminalId, b.record.terminalId) ||
      b.record.send - a.record.send,
  );
  const sorted = keyed.map((entry) => entry.record);
  if (dataset.sorted.size >= MAX_SORTED_COPIES)
    dataset.sorted.delete(dataset.sorted.keys().next().value as string);
  dataset.sorted.set(key, sorted);
  return sorted;
}

const iso = (ms: number) => (Number.isFinite(ms) ? new Date(ms).toISOString() : null);

export function toRow(record: ReportRecord): ReportRow {
  return {
    terminalId: record.terminalId,
    terminalNum: record.terminalNum,
    status: record.status,
    version: record.info?.version ?? null,
    url: record.info?.url ?? null,
    protocol: record.info?.protocol ?? null,
    mode: record.info?.mode ?? null,
    upgradeInfoRaw: record.info ? null : record.upgradeInfo,
    sendTime: iso(record.send),
    updateTime: iso(record.update),
  };
}
