import { z } from 'zod';

import { productKeySchema } from './products';

/** Firmware ids and job ids: opaque upstream strings. */
export const upstreamIdSchema = z
  .string()
  .min(1)
  .max(64)
  .regex(/^[A-Za-z0-9_-]+$/, 'Invalid id');

export const FIRMWARE_STATUSES = [
  'noVerificationNeeded',
  'unverified',
  'verified',
  'verifying',
  'verificationFailed',
] as const;
export const firmwareStatusSchema = z.enum(FIRMWARE_STATUSES);
export type FirmwareStatus = z.infer<typeof firmwareStatusSchema>;

/** Packages that can have upgrade jobs: verified, or needing no verification. */
export const UPGRADABLE_FIRMWARE_STATUSES: readonly FirmwareStatus[] = [
  'noVerificationNeeded',
  'verified',
];

export const firmwareSchema = z.object({
  firmwareId: z.string(),
  firmwareName: z.string(),
  productKey: z.string(),
  moduleName: z.string(),
  srcVersion: z.string(),
  destVersion: z.string(),
  /** Whether the package is verified, in the contract's own words (the BFF maps the cloud's codes). */
  status: firmwareStatusSchema,
  utcCreate: z.string().nullable(),
});
export type Firmware = z.infer<typeof firmwareSchema>;

export const firmwareListSchema = z.object({
  items: z.array(firmwareSchema),
  total: z.number().int(),
  page: z.number().int(),
  pageSize: z.number().int(),
});
export type FirmwareList = z.infer<typeof firmwareListSchema>;

export const firmwareListQuerySchema = z.object({
  page: z.coerce.number().int().min(1).max(10_000).default(1),
  /** ListOTAFirmware allows at most 100 per page. */
  pageSize: z.coerce.number().int().min(1).max(100).default(100),
});

export const firmwareParamsSchema = z.object({
  productKey: productKeySchema,
  firmwareId: upstreamIdSchema,
});

export const upgradeJobSchema = z.object({
  jobId: z.string(),
  firmwareId: z.string(),
  jobStatus: z.string(),
  jobType: z.string(),
  targetSelection: z.string(),
  tags: z.array(z.object({ key: z.string(), value: z.string() })),
  utcCreate: z.string().nullable(),
  utcStart: z.string().nullable(),
  utcEnd: z.string().nullable(),
});
export type UpgradeJob = z.infer<typeof upgradeJobSchema>;

export const upgradeJobListSchema = z.object({
  items: z.array(upgradeJobSchema),
  total: z.number().int(),
});
export type UpgradeJobList = z.infer<typeof upgradeJobListSchema>;
