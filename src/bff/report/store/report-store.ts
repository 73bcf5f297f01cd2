import type { ReportRow, ReportSort, StatusCounts } from '../../../shared/contract/reports';

/** One upstream record as the store keeps it. */
export interface RecordInput {
  /**
   * Identity: terminalId + sentAt + mark (the upstream's `mark`, '' when it sends none). A mark
   * names one command to one device, whose send time never changes.
   */
  mark: string;
  terminalId: string;
  terminalNum: string;
  status: number;
  sentAt: number;
  updatedAt: number | null;
  upgradeInfo: string;
}

export interface SyncError {
  at: number;
  code: string;
  message: string;
  requestId: string | null;
}

/** A device set kept in sync, and how far its sync has come. */
export interface SetState {
  id: number;
  key: string;
  /** When its devices were last resolved (null: never). */
  resolvedAt: number | null;
  /** The sendTime range read so far, inclusive (null: nothing yet). */
  coveredFrom: number | null;
  coveredTo: number | null;
  /** When the last sync finished. */
  syncedAt: number | null;
  /** Successful refreshes so far (drives the rotation of superseded open records). */
  refreshes: number;
  /** The last sync's failure, cleared by the next success. */
  error: SyncError | null;
}

export interface SetCoverage {
  coveredFrom: number;
  coveredTo: number;
  syncedAt: number;
}

export interface RangeQuery {
  setId: number;
  from: number;
  to: number;
  count: 'latest' | 'all';
  /** Only devices whose newest record is 1 or 2 and unchanged since before this time. */
  stuckBefore?: number;
}

export interface Figures {
  /** Devices in the set, and those with a record in the range. */
  devices: number;
  devicesWithRecords: number;
  /** Every record in the range, and those that `count` selects. */
  records: number;
  selected: number;
  counts: StatusCounts;
  /** Counts per bucket, bucket index from `bucketStart`. */
  buckets: Map<number, StatusCounts>;
}

export interface RowsView {
  page: number;
  pageSize: number;
  sort: ReportSort;
  order: 'asc' | 'desc';
}

/** A stuck device's newest record, and since when it has shown that status. */
export interface StuckRow extends ReportRow {
  /** The record's last update (its send time when it has none): when the device last moved. */
  since: number;
}

/** A non-final record: its window must be read again while it may still change. */
export interface OpenRecord {
  id: number;
  terminalId: string;
  sentAt: number;
  /** The newest record of its device (a newer command supersedes an older one). */
  newest: boolean;
}

/**
 * The persistent report store. The SQL implementation (Kysely) speaks SQLite today; a Postgres
 * one can implement the same interface for several BFF instances.
 */
export interface ReportStore {
  openSet(key: string): Promise<SetState>;
  getSet(key: string): Promise<SetState | undefined>;
  /** Makes the set's members exactly these terminals; new ones start unsynced. */
  replaceMembers(setId: number, terminalIds: readonly string[], resolvedAt: number): Promise<void>;
  /** The members' terminal ids, in the order their records are best written in (row ids). */
  memberIds(setId: number, which: 'synced' | 'unsynced' | 'all'): Promise<string[]>;
  markMembersSynced(setId: number): Promise<void>;
  saveCoverage(setId: number, coverage: SetCoverage, refreshed: boolean): Promise<void>;
  saveError(setId: number, error: SyncError | null): Promise<void>;

  /** Inserts or updates records by identity, in one transaction. */
  upsert(records: readonly RecordInput[]): Promise<void>;
  /**
   * A first sync's writes begin; the function answered ends them (after the last write, failed or
   * not). Meanwhile the store may put off upkeep that only its reads need, so reads stay correct
   * but may be slower. Loads may overlap.
   */
  beginLoad(): Promise<() => Promise<void>>;
  /** Non-final records of the set's synced members in [from, to], oldest first, after `afterId`. */
  openRecords(
    setId: number,
    from: number,
    to: number,
    after: { sentAt: number; id: number } | null,
    limit: number,
  ): Promise<OpenRecord[]>;

  figures(query: RangeQuery, bucketStart: number, bucketMs: number): Promise<Figures>;
  /** How many records (or devices, for `latest`) a query selects. */
  count(query: RangeQuery): Promise<number>;
  rows(query: RangeQuery, view: RowsView): Promise<ReportRow[]>;
  /** One page of the devices a stuck query selects, the longest stuck first. */
  stuckRows(
    query: RangeQuery & { stuckBefore: number },
    page: { page: number; pageSize: number },
  ): Promise<StuckRow[]>;
  /** Every selected row in order, a batch at a time (never all at once). */
  exportRows(
    query: RangeQuery,
    sort: ReportSort,
    order: 'asc' | 'desc',
    batch?: number,
  ): AsyncGenerator<ReportRow[]>;
  /** Deletes records sent before `before`; answers how many. */
  prune(before: number): Promise<number>;
  /** Rows in the store, for size figures. */
  recordCount(): Promise<number>;
}
