import type { UnmatchedSetKind } from '../../shared/contract/directory-unmatched';

/** The report's device set keys (src/bff/report/sync/set-key.ts) for a product, firmware or job. */
const PREFIX: Record<UnmatchedSetKind, string> = { product: 'pk:', firmware: 'fw:', job: 'job:' };

export interface NamedSet {
  kind: UnmatchedSetKind;
  id: string;
  key: string;
}

/** The set a query names, as the report picks it: job, then firmware, then product. */
export function setNamedBy(query: {
  productKey?: string;
  firmwareId?: string;
  jobId?: string;
}): NamedSet | null {
  const [kind, id] = query.jobId
    ? (['job', query.jobId] as const)
    : query.firmwareId
      ? (['firmware', query.firmwareId] as const)
      : query.productKey
        ? (['product', query.productKey] as const)
        : [];
  return kind && id ? { kind, id, key: `${PREFIX[kind]}${id}` } : null;
}

/** A stored set key back to what it names (null for pasted ids and the all-products set). */
export function setOfKey(key: string): NamedSet | null {
  for (const kind of Object.keys(PREFIX) as UnmatchedSetKind[]) {
    const id = key.startsWith(PREFIX[kind]) ? key.slice(PREFIX[kind].length) : '';
    if (id) return { kind, id, key };
  }
  return null;
}
