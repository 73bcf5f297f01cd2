import { reportStatusName } from '../../shared/report/statuses';
import { type ReportRecord, toRow } from './aggregate';

export const CSV_COLUMNS = [
  'Device',
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

/** The CSV text in chunks of many rows, so a large export streams without one huge string. */
export function* csvChunks(
  records: readonly ReportRecord[],
  rowsPerChunk = 2000,
): Generator<string> {
  yield `\uFEFF${CSV_COLUMNS.join(',')}\r\n`;
  for (let i = 0; i < records.length; i += rowsPerChunk) {
    let chunk = '';
    for (const record of records.slice(i, i + rowsPerChunk)) {
      const row = toRow(record);
      chunk += `${[
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
    yield chunk;
  }
}
