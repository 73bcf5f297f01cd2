import './tables';

import type { ReportRow, ReportSort } from '../../../shared/contract/reports';
import type { Db } from '../../db/open-database';
import { countSelected, figures } from './figures';
import { upsertRecords } from './ingest';
import type { IngestThread } from './ingest-thread';
import { openRecords } from './open-records';
import { pruneRecords } from './prune';
import type {
  Figures,
  OpenRecord,
  RangeQuery,
  RecordInput,
  ReportStore,
  RowsView,
  SetCoverage,
  SetState,
  StuckRow,
  SyncError,
} from './report-store';
import { RowIds } from './row-ids';
import { exportRows, pageRows, stuckRows } from './rows';
import { buildSentIndex, dropSentIndex, holdsFewerRecords } from './sent-index';
import { markMembersSynced, memberIds, replaceMembers } from './set-members';
import { getSet, openSet, saveCoverage, saveError } from './set-state';

export { emptyCounts } from './figures';

/**
 * The report store over Kysely, one file per concern: set state, members, ingest and the counts
 * kept with it, figures, rows, pruning. Everything is portable SQL (correlated subqueries rather
 * than SQLite's bare-column MAX), so a Postgres dialect can run it as it is.
 */
export class SqlReportStore implements ReportStore {
  private readonly ids: RowIds;
  private readonly deferIndexBelow: number;
  /** Loads under way, and whether the send-time index is down for them. */
  private loads = 0;
  private indexDown = false;

  /**
   * `writer`: where records are written (the ingest thread, with its own connection to the same
   * file); without one they are written on this connection, on the caller's thread.
   * `deferIndexBelow`: a load into a store holding fewer records than this builds the send-time
   * index once at its end (sent-index.ts); queries on other sets meanwhile scan the records.
   */
  constructor(
    private readonly db: Db,
    private readonly writer?: Pick<IngestThread, 'upsert' | 'sentIndex'>,
    options: { deferIndexBelow?: number } = {},
  ) {
    this.ids = new RowIds(db);
    this.deferIndexBelow = options.deferIndexBelow ?? 50_000;
  }

  openSet(key: string): Promise<SetState> {
    return openSet(this.db, key);
  }

  getSet(key: string): Promise<SetState | undefined> {
    return getSet(this.db, key);
  }

  replaceMembers(setId: number, terminalIds: readonly string[], resolvedAt: number) {
    return replaceMembers(this.db, this.ids, setId, terminalIds, resolvedAt);
  }

  memberIds(setId: number, which: 'synced' | 'unsynced' | 'all'): Promise<string[]> {
    return memberIds(this.db, setId, which);
  }

  markMembersSynced(setId: number) {
    return markMembersSynced(this.db, setId);
  }

  saveCoverage(setId: number, coverage: SetCoverage, refreshed: boolean) {
    return saveCoverage(this.db, setId, coverage, refreshed);
  }

  saveError(setId: number, error: SyncError | null) {
    return saveError(this.db, setId, error);
  }

  upsert(records: readonly RecordInput[]): Promise<void> {
    if (this.writer) return this.writer.upsert(records);
    return upsertRecords(this.db, this.ids, records);
  }

  async beginLoad(): Promise<() => Promise<void>> {
    this.loads += 1;
    if (this.loads === 1 && (await holdsFewerRecords(this.db, this.deferIndexBelow))) {
      await this.sentIndex(false);
      this.indexDown = true;
    }
    let ended = false;
    return async () => {
      if (ended) return;
      ended = true;
      this.loads -= 1;
      if (this.loads > 0 || !this.indexDown) return;
      this.indexDown = false;
      await this.sentIndex(true);
    };
  }

  private sentIndex(build: boolean): Promise<void> {
    if (this.writer) return this.writer.sentIndex(build);
    return build ? buildSentIndex(this.db) : dropSentIndex(this.db);
  }

  openRecords(
    setId: number,
    from: number,
    to: number,
    after: { sentAt: number; id: number } | null,
    limit: number,
  ): Promise<OpenRecord[]> {
    return openRecords(this.db, setId, from, to, after, limit);
  }

  figures(query: RangeQuery, bucketStart: number, bucketMs: number): Promise<Figures> {
    return figures(this.db, query, bucketStart, bucketMs);
  }

  count(query: RangeQuery): Promise<number> {
    return countSelected(this.db, query);
  }

  rows(query: RangeQuery, view: RowsView): Promise<ReportRow[]> {
    return pageRows(this.db, query, view);
  }

  stuckRows(
    query: RangeQuery & { stuckBefore: number },
    page: { page: number; pageSize: number },
  ): Promise<StuckRow[]> {
    return stuckRows(this.db, query, page);
  }

  exportRows(
    query: RangeQuery,
    sort: ReportSort,
    order: 'asc' | 'desc',
    batch?: number,
  ): AsyncGenerator<ReportRow[]> {
    return exportRows(this.db, query, sort, order, batch);
  }

  prune(before: number): Promise<number> {
    return pruneRecords(this.db, before);
  }

  async recordCount(): Promise<number> {
    const row = await this.db
      .selectFrom('report_records')
      .select((eb) => eb.fn.countAll<number>().as('n'))
      .executeTakeFirstOrThrow();
    return Number(row.n);
  }
}
