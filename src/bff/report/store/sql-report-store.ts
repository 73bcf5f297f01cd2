import './tables';

import { CompiledQuery, type RawBuilder, sql } from 'kysely';

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
const HOUR = 3_600_000;
const hourOf = (ms: number) => Math.floor(ms / HOUR);

/**
 * Inserts records, or updates those whose status, update time or upgrade info changed; answers
 * only those rows, with the status each had before (null when new). Written out rather than built,
 * so the statement text is the same for every batch of a size (and prepared once).
 */
const upsertRecordsSql = (count: number) =>
  `INSERT INTO report_records (terminal, sent_at, mark, status, updated_at, info) VALUES ${Array(count).fill('(?, ?, ?, ?, ?, ?)').join(', ')}
   ON CONFLICT (terminal, sent_at, mark) DO UPDATE SET
     prev_status = report_records.status, status = excluded.status,
     updated_at = excluded.updated_at, info = excluded.info
   WHERE report_records.status <> excluded.status
     OR report_records.updated_at IS DISTINCT FROM excluded.updated_at
     OR report_records.info <> excluded.info
   RETURNING id, terminal, sent_at, status, prev_status, updated_at`;

/** Makes each candidate its terminal's newest record unless a newer one is kept; answers the moves. */
const upsertLatestSql = (count: number) =>
  `INSERT INTO report_latest (terminal, record, sent_at, status, updated_at) VALUES ${Array(count).fill('(?, ?, ?, ?, ?)').join(', ')}
   ON CONFLICT (terminal) DO UPDATE SET
     prev_sent_at = report_latest.sent_at, prev_status = report_latest.status,
     record = excluded.record, sent_at = excluded.sent_at, status = excluded.status,
     updated_at = excluded.updated_at
   WHERE excluded.sent_at > report_latest.sent_at
     OR (excluded.sent_at = report_latest.sent_at AND excluded.record >= report_latest.record)
   RETURNING terminal, sent_at, status, prev_sent_at, prev_status`;

interface MovedLatest {
  terminal: number;
  sent_at: number;
  status: number;
  prev_sent_at: number | null;
  prev_status: number | null;
}

type CountsTable = 'report_set_hours' | 'report_set_latest';

interface NewRecord {
  terminal: number;
  sent_at: number;
  mark: string;
  status: number;
  prev_status: null;
  updated_at: number | null;
  info: number;
}

/** A record an upsert added or changed; `prev_status` is null when it was added. */
interface ChangedRecord {
  id: number;
  terminal: number;
  sent_at: number;
  status: number;
  prev_status: number | null;
  updated_at: number | null;
}

/**
 * Splits `items` into runs of 1,000, 100, 10 and 1, so a bulk statement comes in four sizes only
 * and each is prepared once.
 */
export function* fixedRuns<T>(items: readonly T[]): Generator<T[]> {
  let i = 0;
  for (const size of [INSERT_BATCH, 100, 10, 1])
    while (items.length - i >= size) {
      yield items.slice(i, i + size);
      i += size;
    }
}

/** Count changes per terminal, UTC hour and status. */
class Deltas {
  private readonly map = new Map<string, [number, number, number, number]>();

  add(terminal: number, hour: number, status: number, n: number) {
    const key = `${terminal}:${hour}:${status}`;
    const entry = this.map.get(key);
    if (entry) entry[3] += n;
    else this.map.set(key, [terminal, hour, status, n]);
  }

  rows() {
    return [...this.map.values()].filter((row) => row[3] !== 0);
  }
}

/** Counts per status, in total and per timeline slot. */
class Grouped {
  selected = 0;
  readonly counts = emptyCounts();
  readonly buckets = new Map<number, StatusCounts>();

  add(slot: number, status: number, n: number) {
    if (n === 0) return;
    this.selected += n;
    const key = STATUS_KEY[status];
    if (!key) return;
    this.counts[key] += n;
    let bucket = this.buckets.get(slot);
    if (!bucket) this.buckets.set(slot, (bucket = emptyCounts()));
    bucket[key] += n;
  }
}

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
      // The set's counts follow its members: what the store already holds of them counts at once.
      for (let i = 0; i < added.length; i += INSERT_BATCH) {
        const batch = added.slice(i, i + INSERT_BATCH);
        await trx
          .insertInto('report_set_members')
          .values(batch.map((terminal) => ({ set_id: setId, terminal })))
          .execute();
        await this.countMembers(trx, setId, batch, 1);
      }
      for (let i = 0; i < removed.length; i += INSERT_BATCH) {
        await this.countMembers(trx, setId, removed.slice(i, i + INSERT_BATCH), -1);
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
    // The last copy of a record wins (a page can repeat a record while the upstream moves).
    const byKey = new Map<string, NewRecord>();
    for (const r of records) {
      const terminal = terminals.get(r.terminalId) as number;
      byKey.set(`${terminal}:${r.sentAt}:${r.mark}`, {
        terminal,
        sent_at: r.sentAt,
        mark: r.mark,
        status: r.status,
        prev_status: null,
        updated_at: r.updatedAt,
        info: infos.get(r.upgradeInfo) as number,
      });
    }
    const rows = [...byKey.values()];
    await this.db.transaction().execute(async (trx) => {
      // Only rows that are new or changed come back, with the status they had before.
      const changed: ChangedRecord[] = [];
      for (const batch of fixedRuns(rows)) {
        const { rows: result } = await trx.executeQuery<ChangedRecord>(
          CompiledQuery.raw(
            upsertRecordsSql(batch.length),
            batch.flatMap((r) => [r.terminal, r.sent_at, r.mark, r.status, r.updated_at, r.info]),
          ),
        );
        for (const row of result) changed.push(row as ChangedRecord);
      }
      if (changed.length === 0) return;
      const hours = new Deltas();
      for (const row of changed) {
        const hour = hourOf(row.sent_at);
        if (row.prev_status === null) hours.add(row.terminal, hour, row.status, 1);
        else if (row.prev_status !== row.status) {
          hours.add(row.terminal, hour, row.prev_status, -1);
          hours.add(row.terminal, hour, row.status, 1);
        }
      }
      await this.applyDeltas(trx, 'report_set_hours', hours);
      await this.updateLatest(trx, changed);
    });
  }

  /** Moves each terminal's newest record forward (or its status on), and the sets' counts of it. */
  private async updateLatest(trx: Db, changed: readonly ChangedRecord[]) {
    const newest = new Map<number, ChangedRecord>();
    for (const row of changed) {
      const known = newest.get(row.terminal);
      if (
        !known ||
        row.sent_at > known.sent_at ||
        (row.sent_at === known.sent_at && row.id > known.id)
      )
        newest.set(row.terminal, row);
    }
    const candidates = [...newest.values()];
    const deltas = new Deltas();
    for (const batch of fixedRuns(candidates)) {
      const { rows: moved } = await trx.executeQuery<MovedLatest>(
        CompiledQuery.raw(
          upsertLatestSql(batch.length),
          batch.flatMap((r) => [r.terminal, r.id, r.sent_at, r.status, r.updated_at]),
        ),
      );
      for (const row of moved) {
        if (row.prev_sent_at !== null && row.prev_status !== null)
          deltas.add(row.terminal, hourOf(row.prev_sent_at), row.prev_status, -1);
        deltas.add(row.terminal, hourOf(row.sent_at), row.status, 1);
      }
    }
    await this.applyDeltas(trx, 'report_set_latest', deltas);
  }

  /** Adds per-terminal count changes to every set the terminal belongs to. */
  private async applyDeltas(trx: Db, table: CountsTable, deltas: Deltas) {
    const rows = deltas.rows();
    if (rows.length === 0) return;
    const terminals = [...new Set(rows.map((row) => row[0]))];
    const setsOf = new Map<number, number[]>();
    for (let i = 0; i < terminals.length; i += INSERT_BATCH) {
      const members = await trx
        .selectFrom('report_set_members')
        .select(['terminal', 'set_id'])
        .where('terminal', 'in', terminals.slice(i, i + INSERT_BATCH))
        .execute();
      for (const m of members) {
        const sets = setsOf.get(m.terminal);
        if (sets) sets.push(m.set_id);
        else setsOf.set(m.terminal, [m.set_id]);
      }
    }
    const perSet = new Map<string, { set_id: number; hour: number; status: number; n: number }>();
    for (const [terminal, hour, status, n] of rows) {
      for (const set_id of setsOf.get(terminal) ?? []) {
        const key = `${set_id}:${hour}:${status}`;
        const entry = perSet.get(key);
        if (entry) entry.n += n;
        else perSet.set(key, { set_id, hour, status, n });
      }
    }
    const changes = [...perSet.values()].filter((row) => row.n !== 0);
    for (let i = 0; i < changes.length; i += INSERT_BATCH) {
      await trx
        .insertInto(table)
        .values(changes.slice(i, i + INSERT_BATCH))
        .onConflict((oc) =>
          oc
            .columns(['set_id', 'hour', 'status'])
            .doUpdateSet({ n: sql<number>`${sql.table(table)}.n + excluded.n` }),
        )
        .execute();
    }
  }

  /** Adds (sign 1) or takes away (-1) these terminals' records in a set's counts. */
  private async countMembers(trx: Db, setId: number, terminals: readonly number[], sign: 1 | -1) {
    if (terminals.length === 0) return;
    const ids = sql.join(terminals);
    await sql`INSERT INTO report_set_hours (set_id, hour, status, n)
      SELECT ${setId}, CAST(r.sent_at / ${HOUR} AS INTEGER), r.status, ${sign} * COUNT(*)
      FROM report_records r WHERE r.terminal IN (${ids})
      GROUP BY CAST(r.sent_at / ${HOUR} AS INTEGER), r.status
      ON CONFLICT (set_id, hour, status) DO UPDATE SET n = report_set_hours.n + excluded.n`.execute(
      trx,
    );
    await sql`INSERT INTO report_set_latest (set_id, hour, status, n)
      SELECT ${setId}, CAST(l.sent_at / ${HOUR} AS INTEGER), l.status, ${sign} * COUNT(*)
      FROM report_latest l WHERE l.terminal IN (${ids})
      GROUP BY CAST(l.sent_at / ${HOUR} AS INTEGER), l.status
      ON CONFLICT (set_id, hour, status) DO UPDATE SET n = report_set_latest.n + excluded.n`.execute(
      trx,
    );
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
        CASE WHEN l.record = r.id THEN 1 ELSE 0 END AS newest
      FROM report_set_members m
      JOIN report_records r ON r.terminal = m.terminal
      JOIN report_terminals t ON t.id = r.terminal
      LEFT JOIN report_latest l ON l.terminal = r.terminal
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

  /**
   * The record a member's newest record in [from, to] is: its newest of all (kept in
   * report_latest) unless that lies after `to` (a range ending in the past, or records sent after
   * "now" by a clock ahead of ours); only then is it looked up.
   */
  private newestInRange(query: RangeQuery) {
    return sql`CASE WHEN l.sent_at <= ${query.to} THEN l.record ELSE (SELECT n.id FROM report_records n
      WHERE n.terminal = l.terminal AND n.sent_at >= ${query.from} AND n.sent_at <= ${query.to}
      ORDER BY n.sent_at DESC, n.id DESC LIMIT 1) END`;
  }

  /**
   * `FROM … WHERE …` of the records a query selects, as `r`; `and` adds conditions on `r`. In
   * latest mode `l` is the member's newest record of all (never older than `r`), and `since`
   * narrows it (one lower bound, so that SQLite walks the index from it).
   */
  private selection(query: RangeQuery, and: RawBuilder<unknown> = sql``, since = query.from) {
    if (query.count === 'all' && query.stuckBefore === undefined) {
      return sql`FROM report_records r CROSS JOIN report_set_members m
        WHERE m.set_id = ${query.setId} AND m.terminal = r.terminal
          AND r.sent_at >= ${query.from} AND r.sent_at <= ${query.to} ${and}`;
    }
    const stuck =
      query.stuckBefore === undefined
        ? sql``
        : sql`AND r.status IN (1, 2) AND COALESCE(r.updated_at, r.sent_at) < ${query.stuckBefore}`;
    return sql`FROM report_latest l CROSS JOIN report_set_members m
      JOIN report_records r ON r.id = ${this.newestInRange(query)}
      WHERE m.set_id = ${query.setId} AND m.terminal = l.terminal AND l.sent_at >= ${since}
        ${stuck} ${and}`;
  }

  async figures(query: RangeQuery, bucketStart: number, bucketMs: number): Promise<Figures> {
    const devices = Number(
      (
        await this.db
          .selectFrom('report_set_members')
          .select((eb) => eb.fn.countAll<number>().as('n'))
          .where('set_id', '=', query.setId)
          .executeTakeFirstOrThrow()
      ).n,
    );
    const slot = (at: number) => Math.floor((at - bucketStart) / bucketMs);
    const all = await this.kept('report_set_hours', query, slot, bucketStart, bucketMs);
    const latest = await this.kept('report_set_latest', query, slot, bucketStart, bucketMs);
    // Members whose newest record lies after the range: their newest record in it, looked up.
    const latestQuery = { ...query, count: 'latest' as const, stuckBefore: undefined };
    const { rows: later } = await sql<{ slot: number; status: number; n: number }>`
      SELECT CAST((r.sent_at - ${bucketStart}) / ${bucketMs} AS INTEGER) AS slot, r.status, COUNT(*) AS n
      ${this.selection(latestQuery, sql``, Math.max(query.from, query.to + 1))}
      GROUP BY CAST((r.sent_at - ${bucketStart}) / ${bucketMs} AS INTEGER), r.status`.execute(
      this.db,
    );
    for (const row of later) latest.add(Number(row.slot), row.status, Number(row.n));
    const chosen =
      query.stuckBefore !== undefined
        ? await this.scanned(query, bucketStart, bucketMs)
        : query.count === 'all'
          ? all
          : latest;
    return {
      devices,
      devicesWithRecords: latest.selected,
      records: all.selected,
      selected: chosen.selected,
      counts: chosen.counts,
      buckets: chosen.buckets,
    };
  }

  /**
   * Figures from the kept counts: whole UTC hours from `table`, the partial hours at either end of
   * the range from the rows themselves (a few thousand at most). For report_set_latest: the members
   * whose newest record of all lies in the range.
   */
  private async kept(
    table: CountsTable,
    query: RangeQuery,
    slot: (at: number) => number,
    bucketStart: number,
    bucketMs: number,
  ): Promise<Grouped> {
    const grouped = new Grouped();
    const firstHour = Math.ceil(query.from / HOUR);
    const lastHour = Math.floor((query.to + 1) / HOUR) - 1;
    const raw: Array<[number, number]> = [];
    if (firstHour <= lastHour) {
      const { rows } = await sql<{ hour: number; status: number; n: number }>`
        SELECT hour, status, SUM(n) AS n FROM ${sql.table(table)}
        WHERE set_id = ${query.setId} AND hour >= ${firstHour} AND hour <= ${lastHour}
        GROUP BY hour, status`.execute(this.db);
      for (const row of rows) grouped.add(slot(row.hour * HOUR), row.status, Number(row.n));
      if (query.from < firstHour * HOUR) raw.push([query.from, firstHour * HOUR - 1]);
      if ((lastHour + 1) * HOUR <= query.to) raw.push([(lastHour + 1) * HOUR, query.to]);
    } else raw.push([query.from, query.to]);
    const source =
      table === 'report_set_hours'
        ? sql`report_records r CROSS JOIN report_set_members m`
        : sql`report_latest r CROSS JOIN report_set_members m`;
    for (const [from, to] of raw) {
      const { rows } = await sql<{ slot: number; status: number; n: number }>`
        SELECT CAST((r.sent_at - ${bucketStart}) / ${bucketMs} AS INTEGER) AS slot, r.status, COUNT(*) AS n
        FROM ${source}
        WHERE m.set_id = ${query.setId} AND m.terminal = r.terminal
          AND r.sent_at >= ${from} AND r.sent_at <= ${to}
        GROUP BY CAST((r.sent_at - ${bucketStart}) / ${bucketMs} AS INTEGER), r.status`.execute(
        this.db,
      );
      for (const row of rows) grouped.add(Number(row.slot), row.status, Number(row.n));
    }
    return grouped;
  }

  /** Figures counted from the rows (stuck devices). */
  private async scanned(query: RangeQuery, bucketStart: number, bucketMs: number) {
    const { rows } = await sql<{ slot: number; status: number; n: number }>`
      SELECT CAST((r.sent_at - ${bucketStart}) / ${bucketMs} AS INTEGER) AS slot, r.status, COUNT(*) AS n
      ${this.selection(query)}
      GROUP BY CAST((r.sent_at - ${bucketStart}) / ${bucketMs} AS INTEGER), r.status`.execute(
      this.db,
    );
    const grouped = new Grouped();
    for (const row of rows) grouped.add(Number(row.slot), row.status, Number(row.n));
    return grouped;
  }

  async count(query: RangeQuery): Promise<number> {
    const { rows } = await sql<{
      n: number;
    }>`SELECT COUNT(*) AS n ${this.selection(query)}`.execute(this.db);
    return Number(rows[0]?.n ?? 0);
  }

  /**
   * The send time of the page's last row in send-time order, found along the sendTime indexes
   * (so that only the rows up to it are sorted); undefined when the selection ends before it.
   */
  private async pageEdge(query: RangeQuery, order: 'asc' | 'desc', rank: number) {
    const dir = sql.raw(order === 'asc' ? 'ASC' : 'DESC');
    if (query.count === 'all' && query.stuckBefore === undefined) {
      const { rows } = await sql<{ sent_at: number }>`
        SELECT r.sent_at ${this.selection(query)}
        ORDER BY r.sent_at ${dir} LIMIT 1 OFFSET ${rank - 1}`.execute(this.db);
      return rows[0]?.sent_at;
    }
    // Latest mode: members whose newest record lies in the range, in index order, merged with the
    // (few) members whose newest record lies after it.
    const { rows: inRange } = await sql<{ sent_at: number }>`
      SELECT r.sent_at ${this.selection(query, sql`AND l.sent_at <= ${query.to}`)}
      ORDER BY l.sent_at ${dir} LIMIT ${rank}`.execute(this.db);
    const { rows: later } = await sql<{ sent_at: number }>`
      SELECT r.sent_at ${this.selection(query, sql``, Math.max(query.from, query.to + 1))}`.execute(
      this.db,
    );
    const times = [...inRange, ...later].map((row) => Number(row.sent_at));
    times.sort((a, b) => (order === 'asc' ? a - b : b - a));
    return times[rank - 1];
  }

  async rows(query: RangeQuery, view: RowsView): Promise<ReportRow[]> {
    if (view.pageSize === 0) return [];
    const offset = (view.page - 1) * view.pageSize;
    let narrowed = query;
    let bound: RawBuilder<unknown> = sql``;
    if (view.sort === 'sendTime') {
      const edge = await this.pageEdge(query, view.order, offset + view.pageSize);
      // Newest first, the page lies in [edge, to] (in latest mode too: a member's newest record in
      // [edge, to] is its newest in the range when that is not older than edge).
      if (edge !== undefined && view.order === 'desc') narrowed = { ...query, from: edge };
      else if (edge !== undefined && query.count === 'all' && query.stuckBefore === undefined)
        narrowed = { ...query, to: edge };
      else if (edge !== undefined) bound = sql`AND r.sent_at <= ${edge}`;
    }
    const { rows } = await sql<RowRecord>`
      SELECT ${ROW_COLUMNS}
      FROM (SELECT r.* ${this.selection(narrowed, bound)}) r
      JOIN report_terminals t ON t.id = r.terminal
      JOIN report_infos i ON i.id = r.info
      ORDER BY ${orderBy(view.sort, view.order)}
      LIMIT ${view.pageSize} OFFSET ${offset}`.execute(this.db);
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
    return this.db.transaction().execute(async (trx) => {
      // The pruned records leave every set's counts first.
      await sql`INSERT INTO report_set_hours (set_id, hour, status, n)
        SELECT m.set_id, CAST(r.sent_at / ${HOUR} AS INTEGER), r.status, -COUNT(*)
        FROM report_records r JOIN report_set_members m ON m.terminal = r.terminal
        WHERE r.sent_at < ${before}
        GROUP BY m.set_id, CAST(r.sent_at / ${HOUR} AS INTEGER), r.status
        ON CONFLICT (set_id, hour, status) DO UPDATE SET n = report_set_hours.n + excluded.n`.execute(
        trx,
      );
      // A terminal whose newest record goes has no record left at all.
      await sql`INSERT INTO report_set_latest (set_id, hour, status, n)
        SELECT m.set_id, CAST(l.sent_at / ${HOUR} AS INTEGER), l.status, -COUNT(*)
        FROM report_latest l JOIN report_set_members m ON m.terminal = l.terminal
        WHERE l.sent_at < ${before}
        GROUP BY m.set_id, CAST(l.sent_at / ${HOUR} AS INTEGER), l.status
        ON CONFLICT (set_id, hour, status) DO UPDATE SET n = report_set_latest.n + excluded.n`.execute(
        trx,
      );
      await trx.deleteFrom('report_latest').where('sent_at', '<', before).execute();
      await trx.deleteFrom('report_set_hours').where('n', '=', 0).execute();
      await trx.deleteFrom('report_set_latest').where('n', '=', 0).execute();
      const result = await trx
        .deleteFrom('report_records')
        .where('sent_at', '<', before)
        .executeTakeFirst();
      await trx
        .updateTable('report_sets')
        .set({ covered_from: before })
        .where('covered_from', '<', before)
        .execute();
      return Number(result.numDeletedRows);
    });
  }

  async recordCount(): Promise<number> {
    const row = await this.db
      .selectFrom('report_records')
      .select((eb) => eb.fn.countAll<number>().as('n'))
      .executeTakeFirstOrThrow();
    return Number(row.n);
  }
}
