import { z } from 'zod';

/**
 * Devices of a report device set (a product, firmware or job) that had no report terminal when the
 * set was last resolved: the report counts them and names a few; `GET /api/directory/unmatched`
 * lists them all, a page at a time, by device name.
 */
export const UNMATCHED_SET_KINDS = ['product', 'firmware', 'job'] as const;
export const unmatchedSetKindSchema = z.enum(UNMATCHED_SET_KINDS);
export type UnmatchedSetKind = z.infer<typeof unmatchedSetKindSchema>;

/** Product keys, firmware and job ids as the IoT platform allows them. */
export const SET_ID_RULE = /^[A-Za-z0-9_-]{1,64}$/;
const optionalId = z
  .string()
  .trim()
  .regex(SET_ID_RULE, 'Invalid id')
  .optional()
  .or(z.literal('').transform(() => undefined));

export const MAX_UNMATCHED_PAGE_SIZE = 200;

/** As the report names a set: the narrowest of job, firmware and product wins; none: every set. */
export const unmatchedListQuerySchema = z.object({
  productKey: optionalId,
  firmwareId: optionalId,
  jobId: optionalId,
  page: z.coerce.number().int().min(1).max(100_000).default(1),
  pageSize: z.coerce.number().int().min(1).max(MAX_UNMATCHED_PAGE_SIZE).default(50),
});
export type UnmatchedListQuery = z.input<typeof unmatchedListQuerySchema>;

export const unmatchedSetSchema = z.object({
  kind: unmatchedSetKindSchema,
  id: z.string(),
  /** Devices without a terminal at the set's last resolution. */
  count: z.number().int(),
  /** When the set was last resolved (UTC ISO). */
  notedAt: z.string(),
});
export type UnmatchedSet = z.infer<typeof unmatchedSetSchema>;

export const unmatchedDeviceSchema = z.object({ productKey: z.string(), deviceName: z.string() });
export type UnmatchedDevice = z.infer<typeof unmatchedDeviceSchema>;

/** At most this many sets are offered as filters (the most recently resolved first). */
export const MAX_UNMATCHED_SETS = 100;

export const unmatchedListSchema = z.object({
  /** The set the query names; null without a filter. `notedAt` null: not resolved yet. */
  set: z
    .object({ kind: unmatchedSetKindSchema, id: z.string(), notedAt: z.string().nullable() })
    .nullable(),
  total: z.number().int(),
  page: z.number().int(),
  pageSize: z.number().int(),
  items: z.array(unmatchedDeviceSchema),
  /** Sets that have devices without a terminal, to filter by. */
  sets: z.array(unmatchedSetSchema),
});
export type UnmatchedList = z.infer<typeof unmatchedListSchema>;
