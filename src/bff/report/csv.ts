import type { ReportRow } from '../../shared/contract/reports';
import { reportStatusName } from '../../shared/report/statuses';

export const CSV_COLUMNS = [
  'Device name',
  'Terminal id',
  'Device number',
  'Status',
  'Status code',
  'Version',
  'URL',
  'Protocol',
  'Mode',
  'Upgrade info (unreadable)',
  'Send time (UTC)',
  'Last update (UTC)',
] as const;

/** Quotes a cell, and defuses text a spreadsheet would run as a formula. */
export function csvCell(value: string | number | null): string {
  if (value === null) return '';
  if (typeof value === 'number') return String(value);
  const safe = /^[=+\-@\t\r]/.test(value) ? `'${value}` : value;
  return /[",\r\n']/.test(safe) || safe !== value ? `"${safe.replace(/"/g, '""')}"` : safe;
}

export function csvLine(row: ReportRow): string {
  return `${[
    csvCell(row.deviceName ?? null),
    csvCell(row.terminalId),
    csvCell(row.terminalNum),
    csvCell(reportStatusName(row.status)),
    csvCell(row.status),
    csvCell(row.version),
    csvCell(row.url),
    csvCell(row.protocol),
    csvCell(row.mode),
    csvCell(row.upgradeInfoRaw),
    csvCell(row.sendTime),
    csvCell(row.updateTime),
  ].join(',')}\r\n`;
}

/** The CSV text a batch of rows at a time, so a large export streams without one huge string. */
export async function* csvChunks(batches: AsyncIterable<ReportRow[]>): AsyncGenerator<string> {
  yield `\uFEFF${CSV_COLUMNS.join(',')}\r\n`;
  for await (const rows of batches) {
    let chunk = '';
    for (const row of rows) chunk += csvLine(row);
    yield chunk;
  }
}
