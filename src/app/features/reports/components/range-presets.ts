import type { MessageDescriptor } from '@lingui/core';

import type { ReportRangePreset } from '../../../../shared/contract/reports';

/** The range buttons above the two UTC inputs. */
export const PRESETS: Array<{ preset: ReportRangePreset; label: MessageDescriptor }> = [
  { preset: '24h', label: /*i18n*/ { id: 'report.last24h', message: 'Last 24 h' } },
  { preset: '7d', label: /*i18n*/ { id: 'report.last7d', message: 'Last 7 days' } },
  { preset: '30d', label: /*i18n*/ { id: 'report.last30d', message: 'Last 30 days' } },
];
