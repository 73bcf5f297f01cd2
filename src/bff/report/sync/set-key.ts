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

/** Sets of pasted ids asked lately, by the text as pasted: every poll of a page asks again. */
const pasted = new Map<string, DeviceSet>();
const PASTED_KEPT = 32;

function pastedSet(text: string): DeviceSet {
  const known = pasted.get(text);
  if (known) return known;
  const ids = splitDeviceIds(text).sort();
  const digest = createHash('sha256').update(ids.join(',')).digest('base64url').slice(0, 32);
  const set: DeviceSet = {
    key: `ids:${ids.length}:${digest}`,
    source: { kind: 'ids', ids: Object.freeze(ids) as string[] },
  };
  pasted.set(text, set);
  if (pasted.size > PASTED_KEPT) pasted.delete(pasted.keys().next().value as string);
  return set;
}

/** The device set a filter names; the narrowest IoT selection wins (job, then firmware, product). */
export function deviceSetOf(filters: ParsedReportFilters): DeviceSet {
  if (filters.ids?.trim()) return pastedSet(filters.ids);
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
