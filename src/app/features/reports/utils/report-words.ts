import type { I18n, MessageDescriptor } from '@lingui/core';

import type { StatusCounts } from '../../../../shared/contract/reports';
import { reportStatusMeta } from '../../../../shared/report/statuses';

/** The five report statuses by name (CONTRACT.md "Words on screen"; the kiosk says them alike). */
const STATUS: Record<keyof StatusCounts, MessageDescriptor> = {
  sendFailed: /*i18n*/ { id: 'report.status.sendFailed', message: 'Send failed' },
  waiting: /*i18n*/ { id: 'report.status.waiting', message: 'Waiting for download' },
  downloading: /*i18n*/ { id: 'report.status.downloading', message: 'Downloading' },
  succeeded: /*i18n*/ { id: 'report.status.succeeded', message: 'Succeeded' },
  failed: /*i18n*/ { id: 'report.status.failed', message: 'Failed' },
};

export const statusLabel = (i18n: I18n, key: keyof StatusCounts): string => i18n._(STATUS[key]);

/** A record's status code in words; a code the report API added later is shown as it is. */
export function reportStatusLabel(i18n: I18n, status: number): string {
  const meta = reportStatusMeta(status);
  return meta
    ? statusLabel(i18n, meta.key)
    : i18n._({ id: 'report.status.unknown', message: 'Unknown ({status})', values: { status } });
}

/** The BFF names `upgradeInfo`'s MODE in English (shared/report/statuses); said here in the reader's. */
const MODES: Record<string, MessageDescriptor> = {
  'Whole package': /*i18n*/ { id: 'report.mode.whole', message: 'Whole package' },
  Differential: /*i18n*/ { id: 'report.mode.differential', message: 'Differential' },
};

export function modeLabel(i18n: I18n, mode: string | null): string {
  if (mode === null) return '—';
  const known = MODES[mode];
  return known ? i18n._(known) : mode;
}
