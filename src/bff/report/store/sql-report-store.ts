import './tables';

import { type RawBuilder, sql } from 'kysely';

import type { ReportRow, ReportSort, StatusCounts } from '../../../shared/contract/reports';
import { parseUpgradeInfo } from '../../../shared/report/upgrade-info';
import type { Db } from '../../db/open-database';
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

const STATUS_KEY: Record<number, keyof StatusCounts> = {
  [-1]: 'sendFailed',
  1: 'waiting',
  2: 'downloading',
  3: 'succeeded',
  4: 'failed',
};

export const emptyCounts = (): StatusCounts => ({
  sendFailed: 0,
  waiting: 0,
  downloading: 0,
  succeeded: 0,
  failed: 0,
});

/** ORDER BY expressions per sort key; ties go by device, then newest first. */
const SORT_SQL: Record<ReportSort, string> = {
  device: 't.terminal_id',
  deviceNumber: 't.terminal_num',
  status: 'r.status',
  version: "COALESCE(i.version, '')",
  url: "COALESCE(i.url, '')",
  protocol: "COALESCE(i.protocol, '')",
  mode: "COALESCE(i.mode, '')",
  sendTime: 'r.sent_at',
  updateTime: 'COALESCE(r.updated_at, -1)',
};

function orderBy(sort: ReportSort, order: 'asc' | 'desc'): RawBuilder<unknown> {
  const dir = order === 'asc' ? 'ASC' : 'DESC';
  const tail = sort === 'device' ? 'r.sent_at DESC' : 't.terminal_id ASC, r.sent_at DESC';
  return sql.raw(`${SORT_SQL[sort]} ${dir}, ${tail}, r.id DESC`);
}

interface RowRecord {
  id: number;
  terminal_id: string;
  terminal_num: string;
  status: number;
  readable: number;
  text: string;
  version: string | null;
  url: string | null;
  protocol: string | null;
  mode: string | null;
  sent_at: number;
  updated_at: number | null;
}

const iso = (ms: number | null) =>
  ms === null || !Number.isFinite(Number(ms)) ? null : new Date(Number(ms)).toISOString();

function toRow(row: RowRecord): ReportRow {
  return {
    terminalId: row.terminal_id,
    terminalNum: row.terminal_num,
    status: row.status,
    version: row.version,
    url: row.url,
    protocol: row.protocol,
    mode: row.mode,
    upgradeInfoRaw: row.readable ? null : row.text,
    sendTime: iso(row.sent_at),
    updateTime: iso(row.updated_at),
  };
}

const ROW_COLUMNS = sql.raw(
  'r.id, t.terminal_id, t.terminal_num, r.status, i.readable, i.text, i.version, i.url, i.protocol, i.mode, r.sent_at, r.updated_at',
);

/** Rows per INSERT: far below SQLite's 32,766 bound parameters (7 per record). */
const INSERT_BATCH = 1000;

/**
 * The report store over Kysely. Everything is portable SQL (correlated subqueries rather than
 * SQLite's bare-column MAX), so a Postgres dialect can run it as it is.
 */
export class SqlReportStore implements ReportStore {
  /** terminal_id → row id and the number last stored (bounded by the fleet, not by records). */
  private readonly terminals = new Map<string, { id: number; num: string }>();
  private readonly infos = new Map<string, number>();

  constructor(private readonly db: Db) {}

  async openSet(key: string): Promise<SetState> {
    await this.db
      .insertInto('report_sets')
      .values({
        set_key: key,
        resolved_at: null,
        covered_from: null,
        covered_to: null,
        synced_at: null,
        error_at: null,
        error_code: null,
        error_message: null,
        error_request_id: null,
      })
      .onConflict((oc) => oc.column('set_key').doNothing())
      .execute();
    return (await this.getSet(key)) as SetState;
  }

  async getSet(key: string): Promise<SetState | undefined> {
    const row = await this.db
      .selectFrom('report_sets')
      .selectAll()
      .where('set_key', '=', key)
      .executeTakeFirst();
    if (!row) return undefined;
    const num = (v: number | null) => (v === null ? null : Number(v));
    return {
      id: row.id,
      key: row.set_key,
      resolvedAt: num(row.resolved_at),
      coveredFrom: num(row.covered_from),
      coveredTo: num(row.covered_to),
      syncedAt: num(row.synced_at),
      refreshes: row.refreshes,
      error:
        row.error_code === null
          ? null
          : {
              at: Number(row.error_at),
              code: row.error_code,
              message: row.error_message ?? '',
              requestId: row.error_request_id,
            },
    };
  }

  async replaceMembers(setId: number, terminalIds: readonly string[], resolvedAt: number) {
    const ids = await this.terminalIds(terminalIds.map((id) => ({ terminalId: id, num: null })));
    await this.db.transaction().execute(async (trx) => {
      const current = new Set(
        (
          await trx
            .selectFrom('report_set_members')
            .select('terminal')
            .where('set_id', '=', setId)
            .execute()
        ).map((row) => row.terminal),
      );
      const wanted = new Set(ids.values());
      const added = [...wanted].filter((id) => !current.has(id));
      const removed = [...current].filter((id) => !wanted.has(id));
      for (let i = 0; i < added.length; i += INSERT_BATCH) {
        await trx
          .insertInto('report_set_members')
          .values(added.slice(i, i + INSERT_BATCH).map((terminal) => ({ set_id: setId, terminal })))
          .execute();
      }
      for (let i = 0; i < removed.length; i += INSERT_BATCH) {
        await trx
          .deleteFrom('report_set_members')
          .where('set_id', '=', setId)
          .where('terminal', 'in', removed.slice(i, i + INSERT_BATCH))
          .execute();
      }
      await trx
        .updateTable('report_sets')
        .set({ resolved_at: resolvedAt })
        .where('id', '=', setId)
        .execute();
    });
  }

  async memberIds(setId: number, which: 'synced' | 'unsynced' | 'all'): Promise<string[]> {
    let query = this.db
      .selectFrom('report_set_members as m')
      .innerJoin('report_terminals as t', 't.id', 'm.terminal')
      .select('t.terminal_id')
      .where('m.set_id', '=', setId);
    if (which !== 'all') query = query.where('m.synced', '=', which === 'synced' ? 1 : 0);
    return (await query.orderBy('t.terminal_id').execute()).map((row) => row.terminal_id);
  }

  async markMembersSynced(setId: number) {
    await this.db
      .updateTable('report_set_members')
      .set({ synced: 1 })
      .where('set_id', '=', setId)
      .where('synced', '=', 0)
      .execute();
  }

  async saveCoverage(setId: number, coverage: SetCoverage, refreshed: boolean) {
    await this.db
      .updateTable('report_sets')
      .set((eb) => ({
        covered_from: coverage.coveredFrom,
        covered_to: coverage.coveredTo,
        synced_at: coverage.syncedAt,
        refreshes: refreshed ? eb('refreshes', '+', 1) : eb.ref('refreshes'),
        error_at: null,
        error_code: null,
        error_message: null,
        error_request_id: null,
      }))
      .where('id', '=', setId)
      .execute();
  }

  async saveError(setId: number, error: SyncError | null) {
    await this.db
      .updateTable('report_sets')
      .set({
        error_at: error?.at ?? null,
        error_code: error?.code ?? null,
        error_message: error?.message ?? null,
        error_request_id: error?.requestId ?? null,
      })
      .where('id', '=', setId)
      .execute();
  }

  /** Row ids of these terminals, adding the unknown ones (and a changed terminal number). */
  private async terminalIds(
    wanted: ReadonlyArray<{ terminalId: string; num: string | null }>,
  ): Promise<Map<string, number>> {
    const out = new Map<string, number>();
    const missing = new Map<string, string>();
    for (const { terminalId, num } of wanted) {
      const known = this.terminals.get(terminalId);
      if (known && (num === null || known.num === num)) out.set(terminalId, known.id);
      else if (!missing.has(terminalId) || num !== null) missing.set(terminalId, num ?? '');
    }
    if (missing.size === 0) return out;
    const entries = [...missing.entries()];
    for (let i = 0; i < entries.length; i += INSERT_BATCH) {
      const batch = entries.slice(i, i + INSERT_BATCH);
      const rows = await this.db
        .insertInto('report_terminals')
        .values(batch.map(([terminal_id, terminal_num]) => ({ terminal_id, terminal_num })))
        .onConflict((oc) =>
          oc.column('terminal_id').doUpdateSet((eb) => ({
            // A listing without numbers (a set's members) never blanks a known number.
            terminal_num: sql<string>`CASE WHEN ${eb.ref('excluded.terminal_num')} = '' THEN report_terminals.terminal_num ELSE ${eb.ref('excluded.terminal_num')} END`,
          })),
        )
        .returning(['id', 'terminal_id', 'terminal_num'])
        .execute();
      for (const row of rows) {
        this.terminals.set(row.terminal_id, { id: row.id, num: row.terminal_num });
        out.set(row.terminal_id, row.id);
      }
    }
    return out;
  }

  private async infoIds(texts: Iterable<string>): Promise<Map<string, number>> {
    const out = new Map<string, number>();
    const missing = new Set<string>();
    for (const text of texts) {
      const known = this.infos.get(text);
      if (known !== undefined) out.set(text, known);
      else missing.add(text);
    }
    for (const text of missing) {
      const info = parseUpgradeInfo(text);
      const row = await this.db
        .insertInto('report_infos')
        .values({
          text,
          readable: info ? 1 : 0,
          version: info?.version ?? null,
          url: info?.url ?? null,
          protocol: info?.protocol ?? null,
          mode: info?.mode ?? null,
        })
        .onConflict((oc) => oc.column('text').doUpdateSet({ text }))
        .returning('id')
        .executeTakeFirstOrThrow();
      this.infos.set(text, row.id);
      out.set(text, row.id);
    }
    return out;
  }

  async upsert(records: readonly RecordInput[]): Promise<void> {
    if (records.length === 0) return;
    const terminals = await this.terminalIds(
      records.map((r) => ({ terminalId: r.terminalId, num: r.terminalNum })),
    );
    const infos = await this.infoIds(new Set(records.map((r) => r.upgradeInfo)));
    // The last copy of a key wins (a page can repeat a record while the upstream moves).
    const byKey = new Map<string, RecordInput>();
    for (const record of records) byKey.set(record.key, record);
    const rows = [...byKey.values()].map((r) => ({
      record_key: r.key,
      terminal: terminals.get(r.terminalId) as number,
      status: r.status,
      sent_at: r.sentAt,
      updated_at: r.updatedAt,
      info: infos.get(r.upgradeInfo) as number,
    }));
    await this.db.transaction().execute(async (trx) => {
      for (let i = 0; i < rows.length; i += INSERT_BATCH) {
        await trx
          .insertInto('report_records')
          .values(rows.slice(i, i + INSERT_BATCH))
          .onConflict((oc) =>
            oc.column('record_key').doUpdateSet((eb) => ({
              terminal: eb.ref('excluded.terminal'),
              status: eb.ref('excluded.status'),
              sent_at: eb.ref('excluded.sent_at'),
              updated_at: eb.ref('excluded.updated_at'),
              info: eb.ref('excluded.info'),
            })),
          )
          .execute();
      }
    });
  }

  async openRecords(
    setId: number,
    from: number,
    to: number,
    after: { sentAt: number; id: number } | null,
    limit: number,
  ): Promise<OpenRecord[]> {
    const afterClause = after
      ? sql`AND (r.sent_at > ${after.sentAt} OR (r.sent_at = ${after.sentAt} AND r.id > ${after.id}))`
      : sql``;
    const { rows } = await sql<{
      id: number;
      terminal_id: string;
      sent_at: number;
      newest: number;
    }>`
      SELECT r.id, t.terminal_id, r.sent_at,
        CASE WHEN NOT EXISTS (SELECT 1 FROM report_records n
          WHERE n.terminal = r.terminal AND n.sent_at > r.sent_at) THEN 1 ELSE 0 END AS newest
      FROM report_set_members m
      JOIN report_records r ON r.terminal = m.terminal
      JOIN report_terminals t ON t.id = r.terminal
      WHERE m.set_id = ${setId} AND m.synced = 1 AND r.status IN (1, 2)
        AND r.sent_at >= ${from} AND r.sent_at <= ${to} ${afterClause}
      ORDER BY r.sent_at, r.id
      LIMIT ${limit}`.execute(this.db);
    return rows.map((row) => ({
      id: row.id,
      terminalId: row.terminal_id,
      sentAt: Number(row.sent_at),
      newest: row.newest === 1,
    }));
  }

  /** `FROM … WHERE …` of the records a query selects, as `r` (joined to nothing else). */
  private selection(query: RangeQuery): RawBuilder<unknown> {
    if (query.count === 'all' && query.stuckBefore === undefined) {
      return sql`FROM report_set_members m
        JOIN report_records r ON r.terminal = m.terminal
        WHERE m.set_id = ${query.setId} AND r.sent_at >= ${query.from} AND r.sent_at <= ${query.to}`;
    }
    const stuck =
      query.stuckBefore === undefined
        ? sql``
        : sql`AND r.status IN (1, 2) AND COALESCE(r.updated_at, r.sent_at) < ${query.stuckBefore}`;
    return sql`FROM (SELECT (SELECT n.id FROM report_records n
          WHERE n.terminal = m.terminal AND n.sent_at >= ${query.from} AND n.sent_at <= ${query.to}
          ORDER BY n.sent_at DESC LIMIT 1) AS id
        FROM report_set_members m WHERE m.set_id = ${query.setId}) l
      JOIN report_records r ON r.id = l.id
      WHERE 1 = 1 ${stuck}`;
  }

  async figures(query: RangeQuery, bucketStart: number, bucketMs: number): Promise<Figures> {
    const { rows: grouped } = await sql<{ slot: number; status: number; n: number }>`
      SELECT CAST((r.sent_at - ${bucketStart}) / ${bucketMs} AS INTEGER) AS slot, r.status, COUNT(*) AS n
      ${this.selection(query)}
      GROUP BY slot, r.status`.execute(this.db);
    const counts = emptyCounts();
    const buckets = new Map<number, StatusCounts>();
    let selected = 0;
    for (const row of grouped) {
      const n = Number(row.n);
      selected += n;
      const key = STATUS_KEY[row.status];
      if (!key) continue;
      counts[key] += n;
      const slot = Number(row.slot);
      let bucket = buckets.get(slot);
      if (!bucket) buckets.set(slot, (bucket = emptyCounts()));
      bucket[key] += n;
    }
    const { rows: sizes } = await sql<{ devices: number; with_records: number }>`
      SELECT COUNT(*) AS devices,
        SUM(CASE WHEN EXISTS (SELECT 1 FROM report_records n WHERE n.terminal = m.terminal
          AND n.sent_at >= ${query.from} AND n.sent_at <= ${query.to}) THEN 1 ELSE 0 END) AS with_records
      FROM report_set_members m WHERE m.set_id = ${query.setId}`.execute(this.db);
    const devices = Number(sizes[0]?.devices ?? 0);
    const devicesWithRecords = Number(sizes[0]?.with_records ?? 0);
    const records =
      query.count === 'all' && query.stuckBefore === undefined
        ? selected
        : await this.count({ ...query, count: 'all', stuckBefore: undefined });
    return { devices, devicesWithRecords, records, selected, counts, buckets };
  }

  async count(query: RangeQuery): Promise<number> {
    const { rows } = await sql<{
      n: number;
    }>`SELECT COUNT(*) AS n ${this.selection(query)}`.execute(this.db);
    return Number(rows[0]?.n ?? 0);
  }

  async rows(query: RangeQuery, view: RowsView): Promise<ReportRow[]> {
    if (view.pageSize === 0) return [];
    const { rows } = await sql<RowRecord>`
      SELECT ${ROW_COLUMNS}
      FROM (SELECT r.* ${this.selection(query)}) r
      JOIN report_terminals t ON t.id = r.terminal
      JOIN report_infos i ON i.id = r.info
      ORDER BY ${orderBy(view.sort, view.order)}
      LIMIT ${view.pageSize} OFFSET ${(view.page - 1) * view.pageSize}`.execute(this.db);
    return rows.map(toRow);
  }

  async stuckRows(
    query: RangeQuery & { stuckBefore: number },
    page: { page: number; pageSize: number },
  ): Promise<StuckRow[]> {
    if (page.pageSize === 0) return [];
    const { rows } = await sql<RowRecord & { since: number }>`
      SELECT ${ROW_COLUMNS}, COALESCE(r.updated_at, r.sent_at) AS since
      FROM (SELECT r.* ${this.selection({ ...query, count: 'latest' })}) r
      JOIN report_terminals t ON t.id = r.terminal
      JOIN report_infos i ON i.id = r.info
      ORDER BY since ASC, t.terminal_id ASC
      LIMIT ${page.pageSize} OFFSET ${(page.page - 1) * page.pageSize}`.execute(this.db);
    return rows.map((row) => ({ ...toRow(row), since: Number(row.since) }));
  }

  async *exportRows(
    query: RangeQuery,
    sort: ReportSort,
    order: 'asc' | 'desc',
    batch = 2000,
  ): AsyncGenerator<ReportRow[]> {
    // The order is fixed once as row ids (8 bytes a record); rows are then read a batch at a time,
    // so the connection is never held while a slow client downloads.
    const { rows: order_ } = await sql<{ id: number }>`
      SELECT r.id
      FROM (SELECT r.* ${this.selection(query)}) r
      JOIN report_terminals t ON t.id = r.terminal
      JOIN report_infos i ON i.id = r.info
      ORDER BY ${orderBy(sort, order)}`.execute(this.db);
    const ids = Float64Array.from(order_, (row) => row.id);
    order_.length = 0;
    for (let i = 0; i < ids.length; i += batch) {
      const slice = Array.from(ids.subarray(i, i + batch));
      const { rows } = await sql<RowRecord>`
        SELECT ${ROW_COLUMNS} FROM report_records r
        JOIN report_terminals t ON t.id = r.terminal
        JOIN report_infos i ON i.id = r.info
        WHERE r.id IN (${sql.join(slice)})`.execute(this.db);
      const byId = new Map(rows.map((row) => [row.id, row]));
      yield slice.flatMap((id) => {
        const row = byId.get(id);
        return row ? [toRow(row)] : [];
      });
    }
  }

  async prune(before: number): Promise<number> {
    const result = await this.db
      .deleteFrom('report_records')
      .where('sent_at', '<', before)
      .executeTakeFirst();
    await this.db
      .updateTable('report_sets')
      .set({ covered_from: before })
      .where('covered_from', '<', before)
      .execute();
    return Number(result.numDeletedRows);
  }

  async recordCount(): Promise<number> {
    const row = await this.db
      .selectFrom('report_records')
      .select((eb) => eb.fn.countAll<number>().as('n'))
      .executeTakeFirstOrThrow();
    return Number(row.n);
  }
}
