import { z } from 'zod';

import {
  readUnmatchedSetParam,
  unmatchedSetParam,
} from '../../../../shared/contract/directory-unmatched';

/** The anchor of the directory page's list of devices without a report terminal. */
export const UNMATCHED_SECTION_ID = 'devices-without-terminal';

/** That list's state in the directory page's URL: which set (`product:KEY`…), which page. */
export const unmatchedSearchShape = {
  unmatched: z
    .string()
    .optional()
    .transform((value) => readUnmatchedSetParam(value ?? null) ?? undefined),
  unmatchedPage: z.coerce.number().int().min(1).max(100_000).default(1),
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
  const set = report.jobId
    ? unmatchedSetParam('job', report.jobId)
    : report.firmwareId
      ? unmatchedSetParam('firmware', report.firmwareId)
      : report.productKey
        ? unmatchedSetParam('product', report.productKey)
        : undefined;
  const params = new URLSearchParams(set ? { unmatched: set } : {});
  return `/directory${set ? `?${params.toString()}` : ''}#${UNMATCHED_SECTION_ID}`;
}
