import type { ReportStatus } from '../cloud/report';

export interface ReportStatusMeta {
  status: ReportStatus;
  /** A stable key for chart series and CSS (no minus sign). */
  key: 'sendFailed' | 'waiting' | 'downloading' | 'succeeded' | 'failed';
  /** The name on screen (CONTRACT.md "Words on screen"). */
  name: string;
  /** Okabe-Ito: distinguishable with the common colour-vision deficiencies. */
  color: string;
}

export const REPORT_STATUS_META: readonly ReportStatusMeta[] = [
  { status: -1, key: 'sendFailed', name: 'Send failed', color: '#CC79A7' },
  { status: 1, key: 'waiting', name: 'Waiting for download', color: '#E69F00' },
  { status: 2, key: 'downloading', name: 'Downloading', color: '#56B4E9' },
  { status: 3, key: 'succeeded', name: 'Succeeded', color: '#009E73' },
  { status: 4, key: 'failed', name: 'Failed', color: '#D55E00' },
];

export function reportStatusMeta(status: number): ReportStatusMeta | undefined {
  return REPORT_STATUS_META.find((meta) => meta.status === status);
}

export function reportStatusName(status: number): string {
  return reportStatusMeta(status)?.name ?? `Unknown (${status})`;
}

/** "In progress" on the kiosk: waiting for download plus downloading. */
export const IN_PROGRESS_STATUSES: readonly ReportStatus[] = [1, 2];

/** `upgradeInfo` codes (they echo sendOtaCommand's fields). */
export const PROTOCOL_NAMES: Record<string, string> = { '0': 'FTP', '1': 'HTTP' };
export const MODE_NAMES: Record<string, string> = { '0': 'Whole package', '1': 'Differential' };
export const TYPE_NAMES: Record<string, string> = { '0': 'App', '1': 'Code' };
