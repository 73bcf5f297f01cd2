import type { Generated } from 'kysely';

/** The report store's tables (migration 202612020420-report-store), merged into the BFF's Database. */
export interface ReportTerminalsTable {
  id: Generated<number>;
  terminal_id: string;
  terminal_num: string;
}

export interface ReportInfosTable {
  id: Generated<number>;
  text: string;
  /** 1 when the text parsed as upgrade JSON, 0 when the raw text is shown instead. */
  readable: number;
  version: string | null;
  url: string | null;
  protocol: string | null;
  mode: string | null;
}

export interface ReportRecordsTable {
  id: Generated<number>;
  record_key: string;
  terminal: number;
  status: number;
  /** Epoch ms (UTC). */
  sent_at: number;
  updated_at: number | null;
  info: number;
}

export interface ReportSetsTable {
  id: Generated<number>;
  set_key: string;
  resolved_at: number | null;
  covered_from: number | null;
  covered_to: number | null;
  synced_at: number | null;
  refreshes: Generated<number>;
  error_at: number | null;
  error_code: string | null;
  error_message: string | null;
  error_request_id: string | null;
}

export interface ReportSetMembersTable {
  set_id: number;
  terminal: number;
  synced: Generated<number>;
}

declare module '../../db/schema' {
  interface Database {
    report_terminals: ReportTerminalsTable;
    report_infos: ReportInfosTable;
    report_records: ReportRecordsTable;
    report_sets: ReportSetsTable;
    report_set_members: ReportSetMembersTable;
  }
}
