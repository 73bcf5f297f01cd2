import type { UnmatchedSetKind } from '../../../../shared/contract/directory-unmatched';
import { integerParam } from '../../../lib/search-params';
import type { SearchParam } from '../../../lib/search-state';

/** The anchor of the directory page's list of devices without a report terminal. */
export const UNMATCHED_SECTION_ID = 'devices-without-terminal';

export interface NamedSet {
  kind: UnmatchedSetKind;
  id: string;
}

const KINDS: readonly UnmatchedSetKind[] = ['product', 'firmware', 'job'];
/** The contract's SET_ID_RULE, here so the page's first load needs no zod. */
const ID_RULE = /^[A-Za-z0-9_-]{1,64}$/;

/** The console's address parameter for a set: `product:KEY`, `firmware:ID`, `job:ID`. */
export const unmatchedSetParam = (set: NamedSet): string => `${set.kind}:${set.id}`;

export function readUnmatchedSetParam(value: string): NamedSet | undefined {
  const at = value.indexOf(':');
  const kind = KINDS.find((k) => k === value.slice(0, at));
  const id = value.slice(at + 1);
  return at > 0 && kind && ID_RULE.test(id) ? { kind, id } : undefined;
}

/** The API query that names a set. */
export const unmatchedSetQuery = (set: NamedSet) =>
  set.kind === 'product'
    ? { productKey: set.id }
    : set.kind === 'firmware'
      ? { firmwareId: set.id }
      : { jobId: set.id };

/** That list's state in the directory page's URL: which set, which page. */
export const unmatchedSearchShape = {
  unmatched: {
    read: readUnmatchedSetParam,
    fallback: undefined,
  } as SearchParam<NamedSet | undefined, string>,
  unmatchedPage: integerParam(1, 100_000, 1),
};

/**
 * The directory's list of a report's devices without a terminal, for the set the report covers
 * (its narrowest choice: job, then firmware, then product, as the BFF picks it).
 */
export function unmatchedDevicesPath(report: {
  productKey?: string;
  firmwareId?: string;
  jobId?: string;
}): string {
  const set: NamedSet | undefined = report.jobId
    ? { kind: 'job', id: report.jobId }
    : report.firmwareId
      ? { kind: 'firmware', id: report.firmwareId }
      : report.productKey
        ? { kind: 'product', id: report.productKey }
        : undefined;
  const params = new URLSearchParams(set ? { unmatched: unmatchedSetParam(set) } : {});
  return `/directory${set ? `?${params.toString()}` : ''}#${UNMATCHED_SECTION_ID}`;
}
