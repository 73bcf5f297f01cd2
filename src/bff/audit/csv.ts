import type { AuditEvent } from '../../shared/contract/audit';

export const AUDIT_CSV_COLUMNS = [
  'id',
  'at',
  'username',
  'role',
  'action',
  'outcome',
  'statusCode',
  'errorCode',
  'requestId',
  'upstreamRequestIds',
  'method',
  'route',
  'parameters',
] as const;

/** One CSV cell: quoted, and defused so a spreadsheet never runs it as a formula. */
export function csvCell(value: unknown): string {
  let text = value === null || value === undefined ? '' : String(value);
  if (/^[=+\-@\t\r]/.test(text)) text = `'${text}`;
  return `"${text.replace(/"/g, '""')}"`;
}

export function auditCsvRow(event: AuditEvent): string {
  const cells: Record<(typeof AUDIT_CSV_COLUMNS)[number], unknown> = {
    ...event,
    upstreamRequestIds: event.upstreamRequestIds.join(' '),
    parameters: JSON.stringify(event.parameters),
  };
  return AUDIT_CSV_COLUMNS.map((column) => csvCell(cells[column])).join(',');
}
