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

/** Identity (terminal, sent_at, mark); migration 202612020710-report-store-aggregates. */
export interface ReportRecordsTable {
  id: Generated<number>;
  terminal: number;
  /** Epoch ms (UTC). */
  sent_at: number;
  /** The upstream's `mark`, '' when it sends none. */
  mark: string;
  status: number;
  /** The status before the last change (null when inserted). */
  prev_status: number | null;
  updated_at: number | null;
  info: number;
}

/** Every terminal's newest record. */
export interface ReportLatestTable {
  terminal: number;
  record: number;
  sent_at: number;
  status: number;
  updated_at: number | null;
  prev_sent_at: number | null;
  prev_status: number | null;
}

/** Per set: records (or, in report_set_latest, newest records of devices) per UTC hour and status. */
export interface ReportSetCountsTable {
  set_id: number;
  hour: number;
  status: number;
  n: number;
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
    report_latest: ReportLatestTable;
    report_set_hours: ReportSetCountsTable;
    report_set_latest: ReportSetCountsTable;
  }
}
