import { z } from 'zod';

import { reportFilterFields, reportProgressSchema, withFilterRules } from './reports';

/**
 * `GET /api/reports/stuck`: the devices of a report whose newest record has been 1 (waiting) or 2
 * (downloading) for longer than `stuckHours`, longest stuck first. Console sessions only: a kiosk
 * shows the count, the report page lists the devices.
 */
export const reportStuckQuerySchema = withFilterRules(
  reportFilterFields.extend({
    stuckHours: z.coerce
      .number()
      .min(0.1)
      .max(24 * 92),
    page: z.coerce.number().int().min(1).max(100_000).default(1),
    pageSize: z.coerce.number().int().min(1).max(200).default(25),
  }),
);
export type ReportStuckQuery = z.input<typeof reportStuckQuerySchema>;

export const stuckDeviceSchema = z.object({
  /** The IoT device name, when the device directory knows the terminal. */
  deviceName: z.string().nullable(),
  terminalId: z.string(),
  terminalNum: z.string(),
  /** 1 waiting for download, 2 downloading. */
  status: z.number().int(),
  /** The newest record's last update (its send time when it has none). */
  since: z.string(),
  /** Seconds from `since` to when the answer was made. */
  stuckSeconds: z.number().int(),
});
export type StuckDevice = z.infer<typeof stuckDeviceSchema>;

export const reportStuckReadySchema = z.object({
  state: z.literal('ready'),
  hours: z.number(),
  /** When the figures were synced from the report API. */
  syncedAt: z.string(),
  total: z.number().int(),
  page: z.number().int(),
  pageSize: z.number().int(),
  items: z.array(stuckDeviceSchema),
});
export type ReportStuckReady = z.infer<typeof reportStuckReadySchema>;

export const reportStuckSchema = z.discriminatedUnion('state', [
  reportStuckReadySchema,
  z.object({ state: z.literal('pending'), progress: reportProgressSchema }),
]);
export type ReportStuck = z.infer<typeof reportStuckSchema>;
