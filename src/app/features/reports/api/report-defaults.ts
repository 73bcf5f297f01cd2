import type { ReportRangePreset } from '../../../../shared/contract/reports';

/** The range a report shows when the address gives none. */
export const DEFAULT_REPORT_RANGE: ReportRangePreset = '7d';

const DEVICE_KEYS = ['ids', 'productKey', 'firmwareId', 'jobId'] as const;

/** Whether the address already says which devices the report covers. */
export const hasDeviceSelection = (params: URLSearchParams) =>
  DEVICE_KEYS.some((key) => Boolean(params.get(key)));

const hasRange = (params: URLSearchParams) =>
  Boolean(params.get('range') || (params.get('from') && params.get('to')));

/**
 * The address with sensible defaults filled in — the first product when no devices are chosen,
 * "the last 7 days" when no range is — or `null` when nothing is missing (or no product to default
 * to). Whatever the address does say is kept: an explicit choice always wins over a default.
 */
export function withReportDefaults(
  params: URLSearchParams,
  firstProductKey: string | undefined,
): URLSearchParams | null {
  const needsDevices = !hasDeviceSelection(params);
  if (needsDevices && !firstProductKey) return null;
  const needsRange = !hasRange(params);
  if (!needsDevices && !needsRange) return null;
  const next = new URLSearchParams(params);
  if (needsDevices && firstProductKey) next.set('productKey', firstProductKey);
  if (needsRange) {
    next.delete('from');
    next.delete('to');
    next.set('range', DEFAULT_REPORT_RANGE);
  }
  return next;
}
