import { z } from 'zod';

import { reportRangePresetSchema } from './reports';

/** A product or a firmware shown as one panel of the kiosk. */
export const kioskPanelSchema = z.object({
  title: z.string(),
  productKey: z.string().optional(),
  firmwareId: z.string().optional(),
});
export type KioskPanel = z.infer<typeof kioskPanelSchema>;

export const KIOSK_LANGS = ['en', 'zh-CN'] as const;
export const kioskLangSchema = z.enum(KIOSK_LANGS);
export type KioskLang = z.infer<typeof kioskLangSchema>;

/** True for an IANA zone name the runtime knows ("UTC", "Europe/Berlin"…). */
export function isTimeZone(zone: string): boolean {
  if (!/^[A-Za-z_]+(?:\/[A-Za-z0-9_+-]+)*$/.test(zone)) return false;
  try {
    new Intl.DateTimeFormat('en', { timeZone: zone });
    return true;
  } catch {
    return false;
  }
}

/** What a link shows and how: set when it is issued (`npm run kiosk -- issue`). */
export const kioskSettingsSchema = z.object({
  /** The report range of every panel; the timeline covers it too. */
  range: reportRangePresetSchema.default('24h'),
  /** When the panels do not fit one screen legibly, each page stays this long. */
  rotateSeconds: z
    .number({ error: 'The rotation interval is a whole number of seconds' })
    .int('The rotation interval is a whole number of seconds')
    .min(5, 'The rotation interval is at least 5 seconds')
    .max(3600, 'The rotation interval is at most 3600 seconds (an hour)')
    .default(20),
  /** A device is "stuck" when its latest status has been 1 or 2 for longer than this. */
  stuckHours: z
    .number({ error: 'The stuck threshold is a number of hours' })
    .positive('The stuck threshold is more than 0 hours')
    .max(720, 'The stuck threshold is at most 720 hours (30 days)')
    .default(6),
  /** The zone of times on screen. */
  zone: z
    .string()
    .refine(isTimeZone, 'The zone is an IANA time zone name, such as UTC or Europe/Berlin')
    .default('UTC'),
  lang: kioskLangSchema.default('en'),
});
export type KioskSettings = z.infer<typeof kioskSettingsSchema>;
export const DEFAULT_KIOSK_SETTINGS: KioskSettings = kioskSettingsSchema.parse({});

/** What the screen shows, how often it refreshes and pages, in which zone and language. */
export const kioskConfigSchema = kioskSettingsSchema.required().extend({
  label: z.string(),
  refreshSeconds: z.number().int(),
  panels: z.array(kioskPanelSchema),
});
export type KioskConfig = z.infer<typeof kioskConfigSchema>;

/** The printed link's token; without it the BFF reads the screen's kiosk-link cookie. */
export const kioskSessionInputSchema = z.object({
  token: z.string().min(20).max(200).optional(),
});

export { kioskErrorCodes } from './kiosk-errors';
