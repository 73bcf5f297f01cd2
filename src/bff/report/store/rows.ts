import { type RawBuilder, sql } from 'kysely';

import type { ReportRow, ReportSort } from '../../../shared/contract/reports';
import type { Db } from '../../db/open-database';
import type { RangeQuery, RowsView, StuckRow } from './report-store';
import { everyRecord, selection } from './selection';

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

/**
 * The send time of the page's last row in send-time order, found along the sendTime indexes
 * (so that only the rows up to it are sorted); undefined when the selection ends before it.
 */
async function pageEdge(db: Db, query: RangeQuery, order: 'asc' | 'desc', rank: number) {
  const dir = sql.raw(order === 'asc' ? 'ASC' : 'DESC');
  if (everyRecord(query)) {
    const { rows } = await sql<{ sent_at: number }>`
      SELECT r.sent_at ${selection(query)}
      ORDER BY r.sent_at ${dir} LIMIT 1 OFFSET ${rank - 1}`.execute(db);
    return rows[0]?.sent_at;
  }
  // Latest mode: members whose newest record lies in the range, in index order, merged with the
  // (few) members whose newest record lies after it.
  const { rows: inRange } = await sql<{ sent_at: number }>`
    SELECT r.sent_at ${selection(query, sql`AND l.sent_at <= ${query.to}`)}
    ORDER BY l.sent_at ${dir} LIMIT ${rank}`.execute(db);
  const { rows: later } = await sql<{ sent_at: number }>`
    SELECT r.sent_at ${selection(query, sql``, Math.max(query.from, query.to + 1))}`.execute(db);
  const times = [...inRange, ...later].map((row) => Number(row.sent_at));
  times.sort((a, b) => (order === 'asc' ? a - b : b - a));
  return times[rank - 1];
}

/** A page of the table, in any sort. */
export async function pageRows(db: Db, query: RangeQuery, view: RowsView): Promise<ReportRow[]> {
  if (view.pageSize === 0) return [];
  const offset = (view.page - 1) * view.pageSize;
  let narrowed = query;
  let bound: RawBuilder<unknown> = sql``;
  if (view.sort === 'sendTime') {
    const edge = await pageEdge(db, query, view.order, offset + view.pageSize);
    // Newest first, the page lies in [edge, to] (in latest mode too: a member's newest record in
    // [edge, to] is its newest in the range when that is not older than edge).
    if (edge !== undefined && view.order === 'desc') narrowed = { ...query, from: edge };
    else if (edge !== undefined && everyRecord(query)) narrowed = { ...query, to: edge };
    else if (edge !== undefined) bound = sql`AND r.sent_at <= ${edge}`;
  }
  const { rows } = await sql<RowRecord>`
    SELECT ${ROW_COLUMNS}
    FROM (SELECT r.* ${selection(narrowed, bound)}) r
    JOIN report_terminals t ON t.id = r.terminal
    JOIN report_infos i ON i.id = r.info
    ORDER BY ${orderBy(view.sort, view.order)}
    LIMIT ${view.pageSize} OFFSET ${offset}`.execute(db);
  return rows.map(toRow);
}

/** Stuck devices' newest records, the longest stuck first. */
export async function stuckRows(
  db: Db,
  query: RangeQuery & { stuckBefore: number },
  page: { page: number; pageSize: number },
): Promise<StuckRow[]> {
  if (page.pageSize === 0) return [];
  const { rows } = await sql<RowRecord & { since: number }>`
    SELECT ${ROW_COLUMNS}, COALESCE(r.updated_at, r.sent_at) AS since
    FROM (SELECT r.* ${selection({ ...query, count: 'latest' })}) r
    JOIN report_terminals t ON t.id = r.terminal
    JOIN report_infos i ON i.id = r.info
    ORDER BY since ASC, t.terminal_id ASC
    LIMIT ${page.pageSize} OFFSET ${(page.page - 1) * page.pageSize}`.execute(db);
  return rows.map((row) => ({ ...toRow(row), since: Number(row.since) }));
}

/** Every selected row in order, a batch at a time (the CSV). */
export async function* exportRows(
  db: Db,
  query: RangeQuery,
  sort: ReportSort,
  order: 'asc' | 'desc',
  batch = 2000,
): AsyncGenerator<ReportRow[]> {
  // The order is fixed once as row ids (8 bytes a record); rows are then read a batch at a time,
  // so the connection is never held while a slow client downloads.
  const { rows: ordered } = await sql<{ id: number }>`
    SELECT r.id
    FROM (SELECT r.* ${selection(query)}) r
    JOIN report_terminals t ON t.id = r.terminal
    JOIN report_infos i ON i.id = r.info
    ORDER BY ${orderBy(sort, order)}`.execute(db);
  const ids = Float64Array.from(ordered, (row) => row.id);
  ordered.length = 0;
  for (let i = 0; i < ids.length; i += batch) {
    const slice = Array.from(ids.subarray(i, i + batch));
    const { rows } = await sql<RowRecord>`
      SELECT ${ROW_COLUMNS} FROM report_records r
      JOIN report_terminals t ON t.id = r.terminal
      JOIN report_infos i ON i.id = r.info
      WHERE r.id IN (${sql.join(slice)})`.execute(db);
    const byId = new Map(rows.map((row) => [row.id, row]));
    yield slice.flatMap((id) => {
      const row = byId.get(id);
      return row ? [toRow(row)] : [];
    });
  }
}
