import { EventEmitter } from 'node:events';

import type { ReportProgress } from '../../../shared/contract/reports';
import { AppError } from '../../errors';
import { type ReadWindow, readWindows } from '../fetch-records';
import type { ReportClient } from '../report-client';
import type { ReportStore, SetState, SyncError } from '../store/report-store';
import { toRecordInputs } from '../store/to-record-input';
import { BatchWriter } from './batch-writer';
import { WindowPlanner } from './open-windows';
import type { DeviceSet, SetSource } from './set-key';

export interface SetSyncOptions {
  store: ReportStore;
  client: Pick<ReportClient, 'queryPage'>;
  /** Terminal ids of a product, firmware or job (through the one IoT limiter). */
  resolveDevices: (
    source: Extract<SetSource, { kind: 'iot' }>,
    onFound?: (count: number) => void,
    setKey?: string,
  ) => Promise<string[]>;
  /** Terminal ids of typed device names and ids (the device directory); default: as typed. */
  resolveTyped?: (typed: string[], setKey: string) => Promise<string[]>;
  pageSize: number;
  /** Ids per upstream query. */
  chunkSize: number;
  /** Upstream calls in flight per sync. */
  concurrency: number;
  /** The newest window starts this long before the previous sync's end (clock skew, late records). */
  overlapMs: number;
  /** A product's, firmware's or job's devices are resolved again after this long. */
  resolveEveryMs: number;
  /** Records older than this are not read (and are pruned). */
  retentionMs: number;
  /** Superseded open records are read again every this many refreshes (1: every refresh). */
  supersededEvery: number;
  /** Widest sendTime span of one re-read window of open records. */
  openWindowMs: number;
  now?: () => number;
}

/** What one sync did: the cost figures tests and the bench read. */
export interface SyncStats {
  kind: 'first' | 'refresh';
  pages: number;
  records: number;
  ms: number;
  windows: { newest: number; open: number; newDevices: number; backfill: number };
  /** How long reading stood still waiting for the store to write (see BatchWriter.waitedMs). */
  writeWaitMs: number;
}

export interface SetChange {
  key: string;
  /** 'started' when a sync begins, 'synced' when it lands, 'failed' when it kept the old figures. */
  what: 'started' | 'synced' | 'failed';
}

interface Run {
  promise: Promise<SetState>;
  progress: ReportProgress;
  wantFrom: number;
}

const OPEN_BATCH = 5000;
const second = (ms: number) => Math.floor(ms / 1000) * 1000;
const upstreamTime = (ms: number) => new Date(ms).toISOString().slice(0, 19).replace('T', ' ');

export function toSyncError(error: unknown, at: number): SyncError {
  if (error instanceof AppError)
    return {
      at,
      code: error.code,
      message: error.message,
      requestId: error.extra.requestId ?? null,
    };
  return { at, code: 'UpstreamUnavailable', message: 'The sync failed', requestId: null };
}

/**
 * Keeps device sets in sync with the report API, one sync per set at a time however many ask.
 *
 * A first sync reads the set's range once. A refresh reads (1) the newest window, from the last
 * sync's end minus an overlap up to now, (2) again the windows that hold non-final records (1, 2),
 * (3) the history of devices new to the set, (4) any older range asked for since. Final records
 * (-1, 3, 4) are never read again. Every page goes to the store as it arrives.
 */
export class SetSync extends EventEmitter<{ change: [SetChange] }> {
  private readonly runs = new Map<string, Run>();
  /** The last failure per set, with its HTTP status, for a first sync that has nothing to show. */
  private readonly failures = new Map<string, unknown>();
  private pageSize: number;
  readonly stats = new Map<string, SyncStats>();
  /** Upstream report pages read, in total (tests and the bench count them). */
  pagesRead = 0;

  constructor(private readonly options: SetSyncOptions) {
    super();
    this.setMaxListeners(0);
    this.pageSize = options.pageSize;
  }

  private now() {
    return this.options.now?.() ?? Date.now();
  }

  /** The page size asked now (lowered for good once the upstream shows it accepts less). */
  get currentPageSize(): number {
    return this.pageSize;
  }

  /** Changes the rechecking of superseded open records (the bench compares settings). */
  configure(change: Pick<SetSyncOptions, 'supersededEvery'>): void {
    this.options.supersededEvery = change.supersededEvery;
  }

  running(key: string): Run | undefined {
    return this.runs.get(key);
  }

  lastFailure(key: string): unknown {
    return this.failures.get(key);
  }

  /** Starts a sync of the set unless one runs (then answers that one). */
  sync(set: DeviceSet, wantFrom: number): Run {
    const running = this.runs.get(set.key);
    if (running) return running;
    const run: Run = {
      progress: { phase: 'devices', done: 0, total: null },
      wantFrom,
      promise: Promise.resolve() as never,
    };
    run.promise = this.run(set, run).finally(() => this.runs.delete(set.key));
    run.promise.catch(() => undefined);
    this.runs.set(set.key, run);
    this.emit('change', { key: set.key, what: 'started' });
    return run;
  }

  /** Resolves when every running sync has ended (tests, shutdown). */
  async idle(): Promise<void> {
    while (this.runs.size > 0)
      await Promise.allSettled([...this.runs.values()].map((r) => r.promise));
  }

  private async run(set: DeviceSet, run: Run): Promise<SetState> {
    const { store } = this.options;
    const started = this.now();
    let state = await store.openSet(set.key);
    try {
      const result = await this.read(set, state, run, started);
      await store.saveCoverage(state.id, result.coverage, result.stats.kind === 'refresh');
      this.stats.set(set.key, { ...result.stats, ms: this.now() - started });
      this.failures.delete(set.key);
      state = (await store.getSet(set.key)) as SetState;
      this.emit('change', { key: set.key, what: 'synced' });
      return state;
    } catch (error) {
      // The previous figures stay; the set says that its last sync failed, and why.
      await store.saveError(state.id, toSyncError(error, this.now()));
      this.failures.set(set.key, error);
      this.emit('change', { key: set.key, what: 'failed' });
      throw error;
    }
  }

  private async read(set: DeviceSet, state: SetState, run: Run, started: number) {
    const { store, overlapMs } = this.options;
    const end = second(started);
    const floor = started - this.options.retentionMs;
    const wantFrom = Math.max(second(run.wantFrom), second(floor));

    if (state.resolvedAt === null || started - state.resolvedAt >= this.options.resolveEveryMs) {
      const ids =
        set.source.kind === 'ids'
          ? ((await this.options.resolveTyped?.(set.source.ids, set.key)) ?? set.source.ids)
          : await this.options.resolveDevices(
              set.source,
              (done) => {
                run.progress = { phase: 'devices', done, total: null };
              },
              set.key,
            );
      await store.replaceMembers(state.id, ids, started);
    }

    const stats: SyncStats = {
      kind: state.coveredFrom === null ? 'first' : 'refresh',
      pages: 0,
      records: 0,
      ms: 0,
      windows: { newest: 0, open: 0, newDevices: 0, backfill: 0 },
      writeWaitMs: 0,
    };
    const windows: ReadWindow[] = [];
    const add = (
      ids: readonly string[],
      from: number,
      to: number,
      kind: keyof SyncStats['windows'],
    ) => {
      if (ids.length === 0 || to < from) return;
      for (let i = 0; i < ids.length; i += this.options.chunkSize) {
        windows.push({
          ids: ids.slice(i, i + this.options.chunkSize),
          startTime: upstreamTime(from),
          endTime: upstreamTime(to),
        });
        stats.windows[kind] += 1;
      }
    };

    let coveredFrom: number;
    if (state.coveredFrom === null || state.coveredTo === null) {
      coveredFrom = wantFrom;
      add(await store.memberIds(state.id, 'all'), coveredFrom, end, 'newest');
    } else {
      coveredFrom = Math.min(state.coveredFrom, wantFrom);
      const synced = await store.memberIds(state.id, 'synced');
      const newestFrom = Math.max(coveredFrom, second(state.coveredTo - overlapMs));
      add(synced, newestFrom, end, 'newest');
      for (const window of await this.openWindows(state, newestFrom - 1000))
        add(window.ids, window.from, window.to, 'open');
      add(await store.memberIds(state.id, 'unsynced'), coveredFrom, end, 'newDevices');
      if (coveredFrom < state.coveredFrom)
        add(synced, coveredFrom, state.coveredFrom - 1000, 'backfill');
    }

    run.progress = { phase: 'records', done: 0, total: null };
    // A first sync writes the whole range: the store may build some of its upkeep once, at the end.
    const endLoad = stats.kind === 'first' ? await store.beginLoad() : null;
    const writes = new BatchWriter(store);
    try {
      await this.readInto(windows, writes, stats, run);
      await writes.flush();
    } finally {
      await writes.settled();
      stats.writeWaitMs = writes.waitedMs;
      await endLoad?.();
    }
    await store.markMembersSynced(state.id);
    return { coverage: { coveredFrom, coveredTo: end, syncedAt: this.now() }, stats };
  }

  private async readInto(windows: ReadWindow[], writes: BatchWriter, stats: SyncStats, run: Run) {
    await readWindows(this.options.client, windows, {
      pageSize: this.pageSize,
      concurrency: this.options.concurrency,
      mapPage: toRecordInputs,
      onPage: async (records) => {
        stats.records += records.length;
        await writes.add(records);
      },
      onRequest: () => {
        stats.pages += 1;
        this.pagesRead += 1;
      },
      onPageSize: (size) => {
        this.pageSize = Math.min(size, this.pageSize);
      },
      onProgress: (progress) => {
        run.progress = { phase: 'records', ...progress };
      },
    });
  }

  /** The windows of open records (1, 2) this refresh reads again, planned a batch at a time. */
  private async openWindows(state: SetState, until: number) {
    const planner = new WindowPlanner({
      spanMs: this.options.openWindowMs,
      maxIds: this.options.chunkSize,
      supersededEvery: this.options.supersededEvery,
      refresh: state.refreshes,
    });
    let after: { sentAt: number; id: number } | null = null;
    for (;;) {
      const batch = await this.options.store.openRecords(
        state.id,
        state.coveredFrom ?? 0,
        until,
        after,
        OPEN_BATCH,
      );
      for (const record of batch) planner.add(record);
      const last = batch[batch.length - 1];
      if (!last || batch.length < OPEN_BATCH) break;
      after = { sentAt: last.sentAt, id: last.id };
    }
    planner.flush();
    return planner.windows;
  }
}
