/**
 * The terminal OTA report API (seed 004): envelope `{code, message, data}`, success code 200.
 * `status`: -1 command failed to send, 1 waiting for download, 2 downloading, 3 succeeded, 4 failed.
 */
export const REPORT_STATUSES = [-1, 1, 2, 3, 4] as const;
export type ReportStatus = (typeof REPORT_STATUSES)[number];

export const REPORT_SUCCESS_CODE = 200;
export const REPORT_SUCCESS_MESSAGE = 'Operation succeeded';

export interface ReportEnvelope<T> {
  code: number;
  message: string;
  data: T;
}

export interface ReportLoginRequest {
  userName: string;
  password: string;
}

export interface ReportLoginData {
  tokenId: string;
  userId: string;
  userName: string;
  loginTime: string;
  loginTimestamp: number;
  /** Emulator extra: when the token stops working (epoch ms). */
  expireTimestamp: number;
}

export interface TerminalOtaReportRequest {
  ids: string[];
  /** UTC, `yyyy-MM-dd HH:mm:ss`. */
  startTime: string;
  endTime: string;
  pageNum: number;
  pageSize: number;
}

export interface TerminalOtaReportRecord {
  terminalId: string;
  terminalNum: string;
  /** JSON text such as `{"TYPE":"0","MODE":"0","PROTOCOL":"1","VERSION":"…","URL":"…"}`; may be malformed. */
  upgradeInfo: string;
  status: ReportStatus;
  sendTime: string;
  sendTimestamp: number;
  dateTime: string;
  mark: string;
  dateTimestamp: number;
}

export interface TerminalOtaReportPage {
  total: number;
  /** Number of pages, not the page size. */
  size: number;
  data: TerminalOtaReportRecord[];
}
