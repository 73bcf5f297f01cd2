import type { I18n } from '@lingui/core';

import type { KioskConfig } from '../../../../shared/contract/kiosk';
import type { ReportReady, StatusCounts } from '../../../../shared/contract/reports';

/** The five report statuses by name (CONTRACT.md "Words on screen"). */
export function statusName(i18n: I18n, key: keyof StatusCounts): string {
  switch (key) {
    case 'sendFailed':
      return i18n._({ id: 'report.status.sendFailed', message: 'Send failed' });
    case 'waiting':
      return i18n._({ id: 'report.status.waiting', message: 'Waiting for download' });
    case 'downloading':
      return i18n._({ id: 'report.status.downloading', message: 'Downloading' });
    case 'succeeded':
      return i18n._({ id: 'report.status.succeeded', message: 'Succeeded' });
    case 'failed':
      return i18n._({ id: 'report.status.failed', message: 'Failed' });
  }
}

export function rangeLabel(i18n: I18n, range: KioskConfig['range']): string {
  switch (range) {
    case '24h':
      return i18n._({ id: 'kiosk.range.24h', message: 'last 24 h' });
    case '7d':
      return i18n._({ id: 'kiosk.range.7d', message: 'last 7 days' });
    case '30d':
      return i18n._({ id: 'kiosk.range.30d', message: 'last 30 days' });
  }
}

export const bucketLabel = (i18n: I18n, bucket: ReportReady['bucket']) =>
  bucket === 'hour'
    ? i18n._({ id: 'kiosk.bucket.hour', message: 'per hour' })
    : i18n._({ id: 'kiosk.bucket.day', message: 'per day' });
