/**
 * The report filters' plain rules, without zod: the report page's first screen reads them before
 * the form's checks (the contract's schemas, src/shared/contract/reports.ts) have loaded.
 */

/** Ids pasted by a person: split on commas, whitespace or new lines. */
export function splitDeviceIds(text: string): string[] {
  return [...new Set(text.split(/[\s,;]+/).filter(Boolean))];
}

/** Pasted ids travel in the URL (filters live there), which keeps the list short. */
export const MAX_DEVICE_IDS = 250;
/** The widest range one query may cover. */
export const MAX_RANGE_DAYS = 92;

/** "The last …" ranges (reportRangePresetSchema's values) and how long each is. */
export const REPORT_RANGE_PRESETS = ['24h', '7d', '30d'] as const;
export type ReportRangePreset = (typeof REPORT_RANGE_PRESETS)[number];
export const RANGE_PRESET_MS: Record<ReportRangePreset, number> = {
  '24h': 24 * 3600_000,
  '7d': 7 * 24 * 3600_000,
  '30d': 30 * 24 * 3600_000,
};

export const isRangePreset = (value: unknown): value is ReportRangePreset =>
  (REPORT_RANGE_PRESETS as readonly unknown[]).includes(value);
