import { z } from 'zod';

import { defaultLocale, locales } from '../i18n/locales';
import {
  MAX_DEVICE_IDS,
  MAX_RANGE_DAYS,
  RANGE_PRESET_MS,
  REPORT_RANGE_PRESETS,
  splitDeviceIds,
} from '../report/report-limits';

export { MAX_DEVICE_IDS, MAX_RANGE_DAYS, RANGE_PRESET_MS, splitDeviceIds };

/** A device name or a terminal id (or number): what the report's device field takes. */
const deviceIdRule = /^[A-Za-z0-9_\-@.:]{1,64}$/;
const upstreamId = z
  .string()
  .trim()
  .regex(/^[A-Za-z0-9_-]{1,64}$/, 'Invalid id');

export const reportRangePresetSchema = z.enum(REPORT_RANGE_PRESETS);
export type ReportRangePreset = z.infer<typeof reportRangePresetSchema>;

export const reportSortSchema = z.enum([
  'device',
  'deviceNumber',
  'status',
  'version',
  'url',
  'protocol',
  'mode',
  'sendTime',
  'updateTime',
]);
export type ReportSort = z.infer<typeof reportSortSchema>;

/** What a report covers: which devices, which UTC range, which records count. */
export const reportFilterFields = z.object({
  ids: z
    .string()
    .max(MAX_DEVICE_IDS * 66)
    .optional()
    .superRefine((text, ctx) => {
      const wrong = text ? splitDeviceIds(text).find((id) => !deviceIdRule.test(id)) : undefined;
      if (wrong !== undefined)
        ctx.addIssue({
          code: 'custom',
          message: `"${wrong.length > 40 ? `${wrong.slice(0, 40)}…` : wrong}" is not a device name or terminal id (letters, digits, _ - @ . :, at most 64)`,
        });
    })
    .refine(
      (text) => !text || splitDeviceIds(text).length <= MAX_DEVICE_IDS,
      `At most ${MAX_DEVICE_IDS} device ids`,
    ),
  productKey: upstreamId.optional(),
  firmwareId: upstreamId.optional(),
  jobId: upstreamId.optional(),
  /** UTC ISO times; or `range` for "the last …" up to now. */
  from: z.iso.datetime({ offset: true }).optional(),
  to: z.iso.datetime({ offset: true }).optional(),
  range: reportRangePresetSchema.optional(),
  /** latest: each device's newest record; all: every command record. */
  count: z.enum(['latest', 'all']).default('latest'),
  bucket: z.enum(['hour', 'day']).optional(),
});

const sortFields = {
  sort: reportSortSchema.default('sendTime'),
  order: z.enum(['asc', 'desc']).default('desc'),
};

type FilterShape = z.infer<typeof reportFilterFields>;

export function withFilterRules<T extends z.ZodType<FilterShape>>(schema: T) {
  return schema
    .refine((f) => Boolean(f.ids?.trim() || f.productKey || f.firmwareId || f.jobId), {
      message: 'Choose devices: paste ids, or pick a product, firmware or job',
      path: ['ids'],
    })
    .refine((f) => Boolean(f.range) || (Boolean(f.from) && Boolean(f.to)), {
      message: 'Give a range, or both from and to',
      path: ['from'],
    })
    .refine((f) => !f.from || !f.to || Date.parse(f.from) < Date.parse(f.to), {
      message: 'from must be before to',
      path: ['to'],
    })
    .refine(
      (f) =>
        !f.from || !f.to || Date.parse(f.to) - Date.parse(f.from) <= MAX_RANGE_DAYS * 86_400_000,
      {
        message: `At most ${MAX_RANGE_DAYS} days`,
        path: ['to'],
      },
    );
}

export const reportFiltersSchema = withFilterRules(reportFilterFields);
export type ReportFilters = z.input<typeof reportFilterFields>;
export type ParsedReportFilters = z.output<typeof reportFilterFields>;

/** Extra (optional) summary inputs: the "stuck" figure and the list of stuck devices. */
const stuckFields = {
  /** Count devices whose newest record has been 1 or 2 for longer than this many hours. */
  stuckHours: z.coerce
    .number()
    .min(0.1)
    .max(24 * 92)
    .optional(),
  /** `stuck`: the rows are the stuck devices' newest records (needs `stuckHours`). */
  show: z.enum(['records', 'stuck']).default('records'),
};

export const reportSummaryQuerySchema = withFilterRules(
  reportFilterFields.extend({
    page: z.coerce.number().int().min(1).max(100_000).default(1),
    /** 0 answers no rows (the kiosk). */
    pageSize: z.coerce.number().int().min(0).max(200).default(25),
    ...sortFields,
    ...stuckFields,
  }),
).refine((q) => q.show !== 'stuck' || q.stuckHours !== undefined, {
  message: 'Listing stuck devices needs stuckHours',
  path: ['stuckHours'],
});
export type ReportSummaryQuery = z.input<typeof reportSummaryQuerySchema>;

export const reportExportQuerySchema = withFilterRules(
  reportFilterFields.extend({
    ...sortFields,
    ...stuckFields,
    /** The language of the header line, status names and modes; the values are the same. */
    lang: z.enum(locales).default(defaultLocale),
  }),
).refine((q) => q.show !== 'stuck' || q.stuckHours !== undefined, {
  message: 'Listing stuck devices needs stuckHours',
  path: ['stuckHours'],
});
export type ReportExportQuery = z.input<typeof reportExportQuerySchema>;

/**
 * Report statuses (the contract's own list, the report API's numbers): -1 send failed, 1 waiting for
 * download, 2 downloading, 3 succeeded, 4 failed.
 */
export const REPORT_STATUS_VALUES = [-1, 1, 2, 3, 4] as const;
export const reportStatusSchema = z.union(REPORT_STATUS_VALUES.map((s) => z.literal(s)));

export const reportRowSchema = z.object({
  /** The IoT device name, when the device directory knows the terminal (always sent). */
  deviceName: z.string().nullable().optional(),
  terminalId: z.string(),
  terminalNum: z.string(),
  status: z.number().int(),
  version: z.string().nullable(),
  url: z.string().nullable(),
  protocol: z.string().nullable(),
  mode: z.string().nullable(),
  /** The raw `upgradeInfo` text when it could not be read; null when it parsed. */
  upgradeInfoRaw: z.string().nullable(),
  sendTime: z.string().nullable(),
  updateTime: z.string().nullable(),
});
export type ReportRow = z.infer<typeof reportRowSchema>;

export const statusCountsSchema = z.object({
  sendFailed: z.number().int(),
  waiting: z.number().int(),
  downloading: z.number().int(),
  succeeded: z.number().int(),
  failed: z.number().int(),
});
export type StatusCounts = z.infer<typeof statusCountsSchema>;

/** A first sync's progress: devices resolved, then records synced of the total (once known). */
export const reportProgressSchema = z.object({
  phase: z.enum(['devices', 'records']),
  done: z.number().int(),
  total: z.number().int().nullable(),
});
export type ReportProgress = z.infer<typeof reportProgressSchema>;

/** Why the last sync of these figures failed (they are the previous ones). */
export const reportSyncErrorSchema = z.object({
  code: z.string(),
  message: z.string(),
  /** The upstream's RequestId, when it sent one. */
  requestId: z.string().optional(),
  at: z.string(),
});
export type ReportSyncError = z.infer<typeof reportSyncErrorSchema>;

export const reportReadySchema = z.object({
  state: z.literal('ready'),
  /** When the figures were synced from the report API (the same as `syncedAt`). */
  generatedAt: z.string(),
  syncedAt: z.string().optional(),
  /** Seconds since `syncedAt`, when the answer was made. */
  ageSeconds: z.number().int().optional(),
  /** A sync of these devices is running; fresh figures follow (pushed, or ask again shortly). */
  refreshing: z.boolean().optional(),
  /** The figures are older than they should be: the last sync failed or none ran for a while. */
  stale: z.boolean().optional(),
  syncError: reportSyncErrorSchema.optional(),
  /** Devices whose newest record has been 1 or 2 for longer than `hours` (with `stuckHours`). */
  stuck: z.object({ hours: z.number(), devices: z.number().int() }).optional(),
  from: z.string(),
  to: z.string(),
  count: z.enum(['latest', 'all']),
  bucket: z.enum(['hour', 'day']),
  /** Devices asked about, devices with records, records in the range (all of them). */
  devices: z.number().int(),
  /**
   * Devices of the product, firmware or job that have no report terminal in the device directory
   * (not in `devices`): how many, and the first of them.
   */
  unmatched: z
    .object({
      count: z.number().int(),
      devices: z.array(z.object({ productKey: z.string(), deviceName: z.string() })),
    })
    .optional(),
  /** Typed ids the report API does not know; the report covers the others. */
  unknownIds: z.array(z.string()).optional(),
  devicesWithRecords: z.number().int(),
  records: z.number().int(),
  /** Records that `count` selects: what the chart, timeline, table and CSV show. */
  selected: z.number().int(),
  counts: statusCountsSchema,
  timeline: z.array(statusCountsSchema.extend({ at: z.string() })),
  rows: z.object({
    items: z.array(reportRowSchema),
    total: z.number().int(),
    page: z.number().int(),
    pageSize: z.number().int(),
  }),
});
export type ReportReady = z.infer<typeof reportReadySchema>;

export const reportPendingSchema = z.object({
  state: z.literal('pending'),
  progress: reportProgressSchema,
});
export type ReportPending = z.infer<typeof reportPendingSchema>;

export const reportSummarySchema = z.discriminatedUnion('state', [
  reportReadySchema,
  reportPendingSchema,
]);
export type ReportSummary = z.infer<typeof reportSummarySchema>;
