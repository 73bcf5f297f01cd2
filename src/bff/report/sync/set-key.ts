import { createHash } from 'node:crypto';

import { type ParsedReportFilters, splitDeviceIds } from '../../../shared/contract/reports';

/** Which devices a report covers: pasted terminal ids, or a product, firmware or job. */
export type SetSource =
  | { kind: 'ids'; ids: string[] }
  | { kind: 'iot'; productKey?: string; firmwareId?: string; jobId?: string };

export interface DeviceSet {
  key: string;
  source: SetSource;
}

/** The device set a filter names; the narrowest IoT selection wins (job, then firmware, product). */
export function deviceSetOf(filters: ParsedReportFilters): DeviceSet {
  if (filters.ids?.trim()) {
    const ids = splitDeviceIds(filters.ids).sort();
    const digest = createHash('sha256').update(ids.join(',')).digest('base64url').slice(0, 32);
    return { key: `ids:${ids.length}:${digest}`, source: { kind: 'ids', ids } };
  }
  if (filters.jobId)
    return { key: `job:${filters.jobId}`, source: { kind: 'iot', jobId: filters.jobId } };
  if (filters.firmwareId)
    return {
      key: `fw:${filters.firmwareId}`,
      source: { kind: 'iot', firmwareId: filters.firmwareId },
    };
  return {
    key: `pk:${filters.productKey ?? ''}`,
    source: { kind: 'iot', productKey: filters.productKey },
  };
}
