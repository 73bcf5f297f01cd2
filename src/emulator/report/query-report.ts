import { hash } from 'node:crypto';

import type { Database } from 'better-sqlite3';
import { z } from 'zod';

import type {
  ReportStatus,
  TerminalOtaReportPage,
  TerminalOtaReportRecord,
} from '../../shared/cloud';
import { stmt } from '../db/statements';
import { REPORT_ERROR_CODES, ReportError } from './envelope';

/** Our caps (the vendor documents none). */
export const REPORT_MAX_PAGE_SIZE = 1000;
export const REPORT_MAX_IDS = 1000;

const DATE_TIME = /^(\d{4})-(\d{2})-(\d{2}) (\d{2}):(\d{2}):(\d{2})$/;

const requestSchema = z.object({
  ids: z
    .array(z.string().min(1, 'ids must not contain empty values'))
    .min(1, 'ids must not be empty')
    .max(REPORT_MAX_IDS, `ids may hold at most ${REPORT_MAX_IDS} values`),
  startTime: z.string({ message: 'startTime is required (yyyy-MM-dd HH:mm:ss, UTC)' }),
  endTime: z.string({ message: 'endTime is required (yyyy-MM-dd HH:mm:ss, UTC)' }),
  pageNum: z.number().int().min(1, 'pageNum must be at least 1').default(1),
  pageSize: z
    .number()
    .int()
    .min(1, 'pageSize must be at least 1')
    .max(REPORT_MAX_PAGE_SIZE, `pageSize must be at most ${REPORT_MAX_PAGE_SIZE}`)
    .default(20),
});

/** `yyyy-MM-dd HH:mm:ss` in UTC → epoch ms, rejecting impossible dates such as 2023-02-30. */
export function parseReportTime(name: string, value: string): number {
  const match = DATE_TIME.exec(value);
  const ms = match
    ? Date.UTC(+match[1]!, +match[2]! - 1, +match[3]!, +match[4]!, +match[5]!, +match[6]!)
    : NaN;
  if (
    !match ||
    Number.isNaN(ms) ||
    new Date(ms).toISOString().slice(0, 19).replace('T', ' ') !== value
  ) {
    throw new ReportError(
      REPORT_ERROR_CODES.badRequest,
      `${name} must be a UTC time formatted yyyy-MM-dd HH:mm:ss`,
    );
  }
  return ms;
}

interface ReportRow {
  id: number;
  terminal_id: string;
  terminal_num: string;
  text: string;
  status: ReportStatus;
  send_time: number;
  date_time: number;
}

function markOf(id: number): string {
  return hash('md5', `report-${id}`, 'hex').toUpperCase();
}

function toRecord(row: ReportRow): TerminalOtaReportRecord {
  return {
    terminalId: row.terminal_id,
    terminalNum: row.terminal_num,
    upgradeInfo: row.text,
    status: row.status,
    sendTime: new Date(row.send_time).toISOString(),
    sendTimestamp: row.send_time,
    dateTime: new Date(row.date_time).toISOString(),
    mark: markOf(row.id),
    dateTimestamp: row.date_time,
  };
}

/** Records whose sendTime lies in [startTime, endTime], newest first. */
export function queryTerminalOtaReport(db: Database, body: unknown): TerminalOtaReportPage {
  const parsed = requestSchema.safeParse(body);
  if (!parsed.success) {
    const issue = parsed.error.issues[0];
    const field = issue?.path.join('.') || 'body';
    throw new ReportError(
      REPORT_ERROR_CODES.badRequest,
      `Invalid ${field}: ${issue?.message ?? 'bad value'}`,
    );
  }
  const request = parsed.data;
  const start = parseReportTime('startTime', request.startTime);
  const end = parseReportTime('endTime', request.endTime) + 999;
  if (end < start)
    throw new ReportError(REPORT_ERROR_CODES.badRequest, 'endTime must not be before startTime');

  const ids = [...new Set(request.ids)];
  const marks = ids.map(() => '?').join(', ');
  const devices = stmt(
    db,
    `SELECT id, terminal_id FROM devices WHERE terminal_id IN (${marks})`,
  ).all(...ids) as Array<{
    id: number;
    terminal_id: string;
  }>;
  if (devices.length !== ids.length) {
    const known = new Set(devices.map((device) => device.terminal_id));
    const unknown = ids.filter((id) => !known.has(id));
    throw new ReportError(
      REPORT_ERROR_CODES.notFound,
      `Unknown terminal ids: ${unknown.slice(0, 5).join(', ')}${unknown.length > 5 ? ` and ${unknown.length - 5} more` : ''}`,
    );
  }
  const deviceIds = devices.map((device) => device.id);
  const deviceMarks = deviceIds.map(() => '?').join(', ');
  const where = `r.device_id IN (${deviceMarks}) AND r.send_time BETWEEN ? AND ?`;
  const total = (
    stmt(db, `SELECT COUNT(*) AS n FROM reports r WHERE ${where}`).get(
      ...deviceIds,
      start,
      end,
    ) as { n: number }
  ).n;
  // Sort and skip over the covering (device_id, send_time) index only, then read the page's rows:
  // joining every matching record before the OFFSET made each page cost as much as the whole range.
  const rows = stmt(
    db,
    `SELECT r.id, d.terminal_id, d.terminal_num, u.text, r.status, r.send_time, r.date_time
     FROM (SELECT r.id FROM reports r WHERE ${where}
           ORDER BY r.send_time DESC, r.id DESC LIMIT ? OFFSET ?) p
     JOIN reports r ON r.id = p.id JOIN devices d ON d.id = r.device_id JOIN upgrade_infos u ON u.id = r.info_id
     ORDER BY r.send_time DESC, r.id DESC`,
  ).all(
    ...deviceIds,
    start,
    end,
    request.pageSize,
    (request.pageNum - 1) * request.pageSize,
  ) as ReportRow[];
  return { total, size: Math.ceil(total / request.pageSize), data: rows.map(toRecord) };
}
