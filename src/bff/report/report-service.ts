import {
  type ParsedReportFilters,
  RANGE_PRESET_MS,
  type ReportProgress,
  type ReportReady,
  type ReportSort,
  splitDeviceIds,
} from '../../shared/contract/reports';
import {
  chooseBucket,
  countStatuses,
  type Dataset,
  datasetOf,
  RecordNormalizer,
  sortedRecords,
  timeline,
  toRow,
} from './aggregate';
import { fetchAllRecords, type FetchOptions } from './fetch-records';
import type { IotSources } from './iot-sources';
import type { ReportClient } from './report-client';

export interface ReportServiceOptions {
  client: Pick<ReportClient, 'queryPage'>;
  sources: Pick<IotSources, 'resolveDevices'>;
  /** Identical queries within this window are answered from memory. */
  cacheTtlMs?: number;
  /** How long a request waits for a running aggregation before answering its progress. */
  waitMs?: number;
  /** After the window, an old answer is still served while a fresh one loads (for at most this long). */
  staleMs?: number;
  /** Upper bound on records held across cached answers. */
  maxCachedRecords?: number;
  fetch?: Omit<FetchOptions, 'onProgress' | 'signal' | 'mapPage' | 'onPageSize'>;
}

interface Entry {
  progress: ReportProgress;
  promise: Promise<Dataset>;
  dataset?: Dataset;
  finishedAt?: number;
  stale?: { dataset: Dataset; finishedAt: number };
}

/** A dataset (`refreshing` when it is the previous one, served while a fresh one is made) or progress. */
export type Obtained = { dataset: Dataset; refreshing?: true } | { progress: ReportProgress };

const upstreamTime = (ms: number) => new Date(ms).toISOString().slice(0, 19).replace('T', ' ');

/** The UTC range a filter means now (`range` presets end at the current second). */
export function resolveRange(
  filters: ParsedReportFilters,
  now = Date.now(),
): { from: number; to: number } {
  if (filters.from && filters.to)
    return { from: Date.parse(filters.from), to: Date.parse(filters.to) };
  const to = Math.floor(now / 1000) * 1000;
  return { from: to - RANGE_PRESET_MS[filters.range ?? '24h'], to };
}

/** Everything that changes which records are fetched (not how they are counted or shown). */
export function datasetKey(filters: ParsedReportFilters): string {
  const ids = filters.ids?.trim() ? splitDeviceIds(filters.ids).sort().join(',') : '';
  const devices = ids
    ? `ids:${ids}`
    : `job:${filters.jobId ?? ''}|fw:${filters.firmwareId ?? ''}|pk:${filters.productKey ?? ''}`;
  const range =
    filters.from && filters.to
      ? `${Date.parse(filters.from)}-${Date.parse(filters.to)}`
      : `last:${filters.range}`;
  return `${devices}|${range}`;
}

/**
 * Runs report aggregations: one job per distinct query (concurrent identical requests share it),
 * progress while it runs, the answer cached for a short window, then served stale while refreshing.
 */
export class ReportService {
  private readonly entries = new Map<string, Entry>();
  private readonly ttl: number;
  private readonly waitMs: number;
  private readonly staleMs: number;
  private readonly maxRecords: number;
  /** The page size to ask for; lowered for good once the upstream shows it accepts less. */
  private pageSize: number | undefined;

  constructor(private readonly options: ReportServiceOptions) {
    this.ttl = options.cacheTtlMs ?? 15_000;
    this.waitMs = options.waitMs ?? 1_500;
    this.staleMs = options.staleMs ?? 10 * 60_000;
    this.maxRecords = options.maxCachedRecords ?? 600_000;
    this.pageSize = options.fetch?.pageSize;
  }

  /** The dataset when ready within `waitMs` (or a stale one while refreshing), else the job's progress. */
  async obtain(filters: ParsedReportFilters, waitMs = this.waitMs): Promise<Obtained> {
    const key = datasetKey(filters);
    const now = Date.now();
    let entry = this.entries.get(key);
    if (entry?.dataset && entry.finishedAt !== undefined && now - entry.finishedAt < this.ttl) {
      this.touch(key, entry);
      return { dataset: entry.dataset };
    }
    if (!entry || entry.dataset) {
      const stale =
        entry?.dataset && entry.finishedAt
          ? { dataset: entry.dataset, finishedAt: entry.finishedAt }
          : entry?.stale;
      entry = this.start(
        key,
        filters,
        stale && now - stale.finishedAt < this.staleMs ? stale : undefined,
      );
    }
    const current = entry;
    let timer: NodeJS.Timeout | undefined;
    const waited = await Promise.race([
      current.promise.then((dataset) => ({ dataset })),
      new Promise<null>((resolve) => {
        timer = setTimeout(() => resolve(null), Number.isFinite(waitMs) ? waitMs : 2 ** 31 - 1);
      }),
    ]).finally(() => clearTimeout(timer));
    if (waited) return waited;
    if (current.stale) return { dataset: current.stale.dataset, refreshing: true };
    return { progress: { ...current.progress } };
  }

  /** The compact answer: counts, timeline and one page of rows. */
  ready(
    dataset: Dataset,
    filters: ParsedReportFilters,
    view: { page: number; pageSize: number; sort: ReportSort; order: 'asc' | 'desc' },
  ): ReportReady {
    const mode = filters.count;
    const selected = dataset[mode];
    const bucket = chooseBucket(dataset.from, dataset.to, filters.bucket);
    const start = (view.page - 1) * view.pageSize;
    const items =
      view.pageSize === 0
        ? []
        : sortedRecords(dataset, mode, view.sort, view.order).slice(start, start + view.pageSize);
    return {
      state: 'ready',
      generatedAt: dataset.generatedAt,
      from: new Date(dataset.from).toISOString(),
      to: new Date(dataset.to).toISOString(),
      count: mode,
      bucket,
      devices: dataset.devices,
      devicesWithRecords: dataset.latest.length,
      records: dataset.all.length,
      selected: selected.length,
      counts: countStatuses(selected),
      timeline: timeline(selected, dataset.from, dataset.to, bucket),
      rows: {
        items: items.map(toRow),
        total: selected.length,
        page: view.page,
        pageSize: view.pageSize,
      },
    };
  }

  clear(): void {
    this.entries.clear();
  }

  private start(key: string, filters: ParsedReportFilters, stale: Entry['stale']): Entry {
    const entry: Entry = {
      progress: { phase: 'devices', done: 0, total: null },
      promise: Promise.resolve() as never,
      stale,
    };
    entry.promise = this.run(filters, entry).then(
      (dataset) => {
        entry.dataset = dataset;
        entry.finishedAt = Date.now();
        entry.stale = undefined;
        this.evict();
        return dataset;
      },
      (error: unknown) => {
        // Failures are not cached: the next identical request tries again.
        if (this.entries.get(key) === entry) this.entries.delete(key);
        throw error;
      },
    );
    entry.promise.catch(() => undefined);
    this.entries.delete(key);
    this.entries.set(key, entry);
    return entry;
  }

  private async run(filters: ParsedReportFilters, entry: Entry): Promise<Dataset> {
    const range = resolveRange(filters);
    const ids = filters.ids?.trim()
      ? splitDeviceIds(filters.ids)
      : await this.options.sources.resolveDevices(filters, (done) => {
          entry.progress = { phase: 'devices', done, total: null };
        });
    entry.progress = { phase: 'records', done: 0, total: null };
    // Pages are normalized as they arrive, so only compact records outlive each upstream reply.
    const normalizer = new RecordNormalizer();
    const records = await fetchAllRecords(
      this.options.client,
      ids,
      { startTime: upstreamTime(range.from), endTime: upstreamTime(range.to) },
      {
        ...this.options.fetch,
        pageSize: this.pageSize,
        mapPage: (data) => normalizer.page(data),
        onPageSize: (pageSize) => {
          this.pageSize = Math.min(pageSize, this.pageSize ?? pageSize);
        },
        onProgress: (progress) => {
          entry.progress = { phase: 'records', ...progress };
        },
      },
    );
    return datasetOf(records, range, ids.length);
  }

  private touch(key: string, entry: Entry) {
    this.entries.delete(key);
    this.entries.set(key, entry);
  }

  /** Drops the least recently used answers past the record budget, and anything too old to serve. */
  private evict() {
    const now = Date.now();
    let records = 0;
    const finished = [...this.entries.entries()].filter(([, e]) => e.dataset).reverse();
    for (const [key, entry] of finished) {
      const size = entry.dataset?.all.length ?? 0;
      if (records + size > this.maxRecords || now - (entry.finishedAt ?? now) > this.staleMs)
        this.entries.delete(key);
      else records += size;
    }
  }
}
