import type { ReportStuck } from '../../shared/contract/report-stuck';
import {
  type ParsedReportFilters,
  RANGE_PRESET_MS,
  type ReportProgress,
  type ReportReady,
  type ReportRow,
  type ReportSort,
  type ReportSummary,
} from '../../shared/contract/reports';
import type { Directory } from '../directory/directory';
import { AppError } from '../errors';
import type { RangeQuery, ReportStore, SetState } from './store/report-store';
import { type DeviceSet, deviceSetOf } from './sync/set-key';
import type { SetSync } from './sync/set-sync';
import { BUCKET_MS, bucketStart, chooseBucket, timeline } from './timeline';

export interface ReportServiceOptions {
  store: ReportStore;
  sync: SetSync;
  /** Device names beside terminal ids, and what a set's resolution could not match. */
  directory?: Pick<Directory, 'notesOf' | 'deviceNamesOf'>;
  /** How often watched sets are refreshed (KIOSK_REFRESH_SECONDS). */
  refreshMs: number;
  /** How long a request waits for a first sync before answering its progress. */
  waitMs?: number;
  /** Records older than this are pruned. */
  retentionMs: number;
  now?: () => number;
}

export interface SummaryView {
  page: number;
  pageSize: number;
  sort: ReportSort;
  order: 'asc' | 'desc';
  stuckHours?: number;
  show?: 'records' | 'stuck';
}

interface Watch {
  set: DeviceSet;
  wantFrom: number;
  until: number;
  /** Open push streams keep a watch alive however long ago it was asked for. */
  streams: number;
}

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

const PRUNE_EVERY_MS = 3_600_000;
const iso = (ms: number) => new Date(ms).toISOString();

/**
 * Answers reports from the store, and keeps the device sets people are watching in sync: a
 * request only registers that someone watches a set; the scheduler (every `refreshMs`) refreshes
 * every watched set once, however many viewers it has. Only a set with no figures yet for the
 * asked range makes the request wait for (the one shared) first sync.
 */
export class ReportService {
  private readonly watches = new Map<string, Watch>();
  /** Per set: how many changes so far, and the answers pushed since the last one (one per view). */
  private readonly pushed = new Map<
    string,
    { version: number; answers: Map<string, Promise<ReportSummary>> }
  >();
  private timer: NodeJS.Timeout | undefined;
  private lastPrune = 0;
  private readonly waitMs: number;

  constructor(private readonly options: ReportServiceOptions) {
    this.waitMs = options.waitMs ?? 1_500;
    options.sync.on('change', ({ key }) => {
      const entry = this.pushed.get(key);
      if (entry) {
        entry.version += 1;
        entry.answers.clear();
      }
    });
  }

  /** Stops noting a stream's watch (the watch then lapses like a page that stopped polling). */
  unwatch(set: DeviceSet): void {
    const current = this.watches.get(set.key);
    if (current) current.streams = Math.max(0, current.streams - 1);
    if (current && current.streams === 0) this.pushed.delete(set.key);
  }

  /**
   * The answer pushed to streams: made once per view and set change, however many viewers
   * (a hundred kiosks on one panel cost one query per sync).
   */
  pushAnswer(
    filters: ParsedReportFilters,
    view: SummaryView,
    viewKey: string,
  ): Promise<ReportSummary> {
    const key = deviceSetOf(filters).key;
    let entry = this.pushed.get(key);
    if (!entry) this.pushed.set(key, (entry = { version: 0, answers: new Map() }));
    let answer = entry.answers.get(viewKey);
    if (!answer) {
      answer = this.summary(filters, view);
      entry.answers.set(viewKey, answer);
      // A failure is not kept: the next change (or reconnect) asks again.
      answer.catch(() => entry.answers.delete(viewKey));
    }
    return answer;
  }

  get sync() {
    return this.options.sync;
  }

  /** Records in the store (size figures). */
  recordCount(): Promise<number> {
    return this.options.store.recordCount();
  }

  private now() {
    return this.options.now?.() ?? Date.now();
  }

  /** Starts the scheduler. */
  start(): void {
    this.timer ??= setInterval(
      () => void this.tick().catch(() => undefined),
      this.options.refreshMs,
    );
    this.timer.unref();
  }

  async stop(): Promise<void> {
    clearInterval(this.timer);
    this.timer = undefined;
    this.watches.clear();
    await this.options.sync.idle();
  }

  /** Notes that someone watches this set over a range from `wantFrom`, for a while (or while streaming). */
  watch(set: DeviceSet, wantFrom: number, stream = 0): void {
    const now = this.now();
    const current = this.watches.get(set.key);
    const until = now + 3 * this.options.refreshMs;
    if (current) {
      current.until = Math.max(current.until, until);
      current.wantFrom = Math.min(current.wantFrom, wantFrom);
      current.streams += stream;
    } else {
      this.watches.set(set.key, { set, wantFrom, until, streams: Math.max(0, stream) });
    }
  }

  /** The scheduler's round: refresh each watched set whose figures are due, prune now and then. */
  async tick(): Promise<void> {
    const now = this.now();
    const due: Array<Promise<unknown>> = [];
    for (const [key, watch] of this.watches) {
      if (watch.streams <= 0 && watch.until < now) {
        this.watches.delete(key);
        continue;
      }
      if (this.options.sync.running(key)) continue;
      const state = await this.options.store.getSet(key);
      // Due a little early, so a tick that fires a moment before a full interval still refreshes.
      if (state?.syncedAt && now - state.syncedAt < this.options.refreshMs * 0.8 && !state.error)
        continue;
      due.push(this.options.sync.sync(watch.set, watch.wantFrom).promise);
    }
    if (now - this.lastPrune >= PRUNE_EVERY_MS) {
      this.lastPrune = now;
      await this.options.store.prune(now - this.options.retentionMs);
    }
    await Promise.allSettled(due);
  }

  /**
   * The set and its state when its figures cover [from, …]; otherwise the running first sync's
   * progress (after waiting up to `waitMs` for it), or the error that ended it.
   */
  async covered(
    filters: ParsedReportFilters,
    waitMs = this.waitMs,
  ): Promise<
    | { set: DeviceSet; state: SetState; range: { from: number; to: number } }
    | { progress: ReportProgress }
  > {
    const set = deviceSetOf(filters);
    const range = resolveRange(filters, this.now());
    this.watch(set, range.from);
    const state = await this.options.store.getSet(set.key);
    const isCovered = (s: SetState | undefined) =>
      s?.coveredFrom != null && s.coveredFrom <= Math.max(range.from, this.retentionFloor());
    if (state && isCovered(state)) {
      // Nobody watched this set lately: its scheduled refresh starts now rather than next round.
      if (
        !this.options.sync.running(set.key) &&
        (state.syncedAt === null || this.now() - state.syncedAt >= this.options.refreshMs)
      )
        this.options.sync.sync(set, range.from);
      return { set, state, range };
    }
    const run = this.options.sync.sync(set, range.from);
    let timer: NodeJS.Timeout | undefined;
    const finished = await Promise.race([
      run.promise.then(
        (s) => ({ ok: s }),
        (error: unknown) => ({ error }),
      ),
      new Promise<null>((resolve) => {
        timer = setTimeout(() => resolve(null), Number.isFinite(waitMs) ? waitMs : 2 ** 31 - 1);
      }),
    ]).finally(() => clearTimeout(timer));
    if (finished && 'ok' in finished && isCovered(finished.ok))
      return { set, state: finished.ok, range };
    if (finished && 'error' in finished) throw finished.error;
    if (!finished) return { progress: { ...run.progress } };
    return this.covered(filters, waitMs);
  }

  private retentionFloor() {
    return this.now() - this.options.retentionMs;
  }

  async summary(filters: ParsedReportFilters, view: SummaryView): Promise<ReportSummary> {
    const covered = await this.covered(filters);
    if ('progress' in covered) return { state: 'pending', progress: covered.progress };
    return this.ready(covered.state, covered.range, filters, view);
  }

  async ready(
    state: SetState,
    range: { from: number; to: number },
    filters: ParsedReportFilters,
    view: SummaryView,
  ): Promise<ReportReady> {
    const now = this.now();
    const query: RangeQuery = {
      setId: state.id,
      from: range.from,
      to: range.to,
      count: filters.count,
    };
    const bucket = chooseBucket(range.from, range.to, filters.bucket);
    const figures = await this.options.store.figures(
      query,
      bucketStart(range.from, bucket),
      BUCKET_MS[bucket],
    );
    const stuckQuery =
      view.stuckHours === undefined
        ? undefined
        : { ...query, count: 'latest' as const, stuckBefore: now - view.stuckHours * 3_600_000 };
    const stuck = stuckQuery ? await this.options.store.count(stuckQuery) : undefined;
    const listStuck = view.show === 'stuck' && stuckQuery;
    const rowsQuery = listStuck ? stuckQuery : query;
    const items = await this.named(await this.options.store.rows(rowsQuery, view));
    const notes = (await this.options.directory?.notesOf(state.key)) ?? {};
    const syncedAt = state.syncedAt ?? now;
    const refreshing = Boolean(this.options.sync.running(state.key));
    const stale = state.error !== null || now - syncedAt > 3 * this.options.refreshMs;
    return {
      state: 'ready',
      generatedAt: iso(syncedAt),
      syncedAt: iso(syncedAt),
      ageSeconds: Math.max(0, Math.round((now - syncedAt) / 1000)),
      ...(refreshing ? { refreshing: true } : {}),
      ...(stale ? { stale: true } : {}),
      ...(state.error
        ? {
            syncError: {
              code: state.error.code,
              message: state.error.message,
              at: iso(state.error.at),
              ...(state.error.requestId ? { requestId: state.error.requestId } : {}),
            },
          }
        : {}),
      ...(stuck !== undefined && view.stuckHours !== undefined
        ? { stuck: { hours: view.stuckHours, devices: stuck } }
        : {}),
      from: iso(range.from),
      to: iso(range.to),
      count: filters.count,
      bucket,
      devices: figures.devices,
      ...notes,
      devicesWithRecords: figures.devicesWithRecords,
      records: figures.records,
      selected: figures.selected,
      counts: figures.counts,
      timeline: timeline(range.from, range.to, bucket, figures.buckets),
      rows: {
        items,
        total: listStuck ? (stuck ?? 0) : figures.selected,
        page: view.page,
        pageSize: view.pageSize,
      },
    };
  }

  /** One page of the stuck devices (newest record 1 or 2 for longer than `hours`), longest first. */
  async stuck(
    filters: ParsedReportFilters,
    view: { stuckHours: number; page: number; pageSize: number },
  ): Promise<ReportStuck> {
    const covered = await this.covered(filters);
    if ('progress' in covered) return { state: 'pending', progress: covered.progress };
    const { state, range } = covered;
    const now = this.now();
    const query = {
      setId: state.id,
      from: range.from,
      to: range.to,
      count: 'latest' as const,
      stuckBefore: now - view.stuckHours * 3_600_000,
    };
    const [total, rows] = await Promise.all([
      this.options.store.count(query),
      this.options.store.stuckRows(query, view),
    ]);
    const names =
      (await this.options.directory?.deviceNamesOf(rows.map((r) => r.terminalId))) ?? new Map();
    return {
      state: 'ready',
      hours: view.stuckHours,
      syncedAt: iso(state.syncedAt ?? now),
      total,
      page: view.page,
      pageSize: view.pageSize,
      items: rows.map((row) => ({
        deviceName: names.get(row.terminalId) ?? null,
        terminalId: row.terminalId,
        terminalNum: row.terminalNum,
        status: row.status,
        since: iso(row.since),
        stuckSeconds: Math.max(0, Math.floor((now - row.since) / 1000)),
      })),
    };
  }

  /** Every selected row, in order, a batch at a time, once the range is synced (waits for it). */
  async export(
    filters: ParsedReportFilters,
    view: Pick<SummaryView, 'sort' | 'order' | 'stuckHours' | 'show'>,
  ): Promise<{ from: number; to: number; batches: AsyncGenerator<ReportRow[]> }> {
    const covered = await this.covered(filters, Infinity);
    if ('progress' in covered)
      throw new AppError(503, 'UpstreamUnavailable', 'The report is not ready');
    const { state, range } = covered;
    const base: RangeQuery = {
      setId: state.id,
      from: range.from,
      to: range.to,
      count: filters.count,
    };
    const query =
      view.show === 'stuck' && view.stuckHours !== undefined
        ? {
            ...base,
            count: 'latest' as const,
            stuckBefore: this.now() - view.stuckHours * 3_600_000,
          }
        : base;
    const batches = this.options.store.exportRows(query, view.sort, view.order);
    const named = async function* (service: ReportService) {
      for await (const rows of batches) yield await service.named(rows);
    };
    return { ...range, batches: named(this) };
  }

  /** Rows with the device name the directory knows for each terminal. */
  private async named(rows: ReportRow[]): Promise<ReportRow[]> {
    const names =
      (await this.options.directory?.deviceNamesOf(rows.map((r) => r.terminalId))) ?? new Map();
    return rows.map((row) => ({ ...row, deviceName: names.get(row.terminalId) ?? null }));
  }
}
