import type { I18n } from '@lingui/core';

import {
  MAX_RANGE_DAYS,
  RANGE_PRESET_MS,
  type ReportFilters,
  reportFiltersSchema,
  type ReportRangePreset,
  reportRangePresetSchema,
} from '../../../../shared/contract/reports';
import { translateIssue } from '../../../i18n/console/validation';
import { zonedInputToIso } from '../../../lib/time/zoned-input';
import type { ReportSearch } from '../api/report-search';

export interface FilterFormValues {
  by: 'source' | 'ids';
  productKey: string;
  firmwareId: string;
  jobId: string;
  ids: string;
  /** UTC, as typed: `YYYY-MM-DD HH:mm` (a `T` for the space and seconds are read too). */
  from: string;
  to: string;
  /** "The last …" chosen by a preset button: it goes to the URL as `range=`, so it moves on. */
  range: ReportRangePreset | '';
}

/** An instant as the range inputs show it: `YYYY-MM-DD HH:mm`, UTC, the same in every language. */
export const toUtcInput = (ms: number) => new Date(ms).toISOString().slice(0, 16).replace('T', ' ');

/** The last 24 h / 7 d / 30 d up to the next whole minute, as the two UTC inputs hold them. */
export function presetRange(
  preset: ReportRangePreset,
): Pick<FilterFormValues, 'from' | 'to' | 'range'> {
  const to = Math.ceil(Date.now() / 60_000) * 60_000;
  return { from: toUtcInput(to - RANGE_PRESET_MS[preset]), to: toUtcInput(to), range: preset };
}

/** The instant a typed UTC date-time names, as ISO, or undefined for text that is no real time. */
export const fromUtcInput = (value: string) => zonedInputToIso(value, 'UTC');

/** A URL time as milliseconds, or undefined when absent or no time (a hand-edited link). */
function urlTime(text: string | undefined): number | undefined {
  const ms = text ? Date.parse(text) : Number.NaN;
  return Number.isNaN(ms) ? undefined : ms;
}

export function initialFormValues(search: Partial<ReportSearch>): FilterFormValues {
  const to = urlTime(search.to) ?? Math.ceil(Date.now() / 60_000) * 60_000;
  // A preset in the URL (`range=24h`) sets the span; an explicit from/to wins over it.
  const preset = reportRangePresetSchema.safeParse(search.range);
  const span = RANGE_PRESET_MS[preset.success ? preset.data : '7d'];
  const from = urlTime(search.from) ?? to - span;
  // A time the link gets wrong stays as written, so the form can say what is wrong with it.
  const shown = (text: string | undefined, ms: number) =>
    text && urlTime(text) === undefined ? text : toUtcInput(ms);
  return {
    by: search.ids ? 'ids' : 'source',
    productKey: search.productKey ?? '',
    firmwareId: search.firmwareId ?? '',
    jobId: search.jobId ?? '',
    ids: search.ids ?? '',
    from: shown(search.from, from),
    to: shown(search.to, to),
    range: preset.success && !search.from && !search.to ? preset.data : '',
  };
}

export function toFilters(values: FilterFormValues): Partial<ReportFilters> {
  const or = (text: string) => text.trim() || undefined;
  return {
    ...(values.by === 'ids'
      ? { ids: or(values.ids) }
      : {
          productKey: or(values.productKey),
          firmwareId: or(values.firmwareId),
          jobId: or(values.jobId),
        }),
    ...(values.range
      ? { range: values.range }
      : { from: fromUtcInput(values.from), to: fromUtcInput(values.to) }),
  };
}

/** A range the report cannot show, said on the start field (the same rules as the BFF's). */
function rangeError(i18n: I18n, values: FilterFormValues): string | undefined {
  if (values.range) return undefined;
  const from = fromUtcInput(values.from);
  const to = fromUtcInput(values.to);
  if (!from || !to) return undefined;
  const span = Date.parse(to) - Date.parse(from);
  if (span <= 0)
    return i18n._({ id: 'report.range.reversed', message: 'The start must be before the end' });
  if (span > MAX_RANGE_DAYS * 86_400_000)
    return i18n._({
      id: 'report.range.tooLong',
      message: 'The range can cover at most {max} days',
      values: { max: MAX_RANGE_DAYS },
    });
  return undefined;
}

/** Each range input whose text is no date-time, said on that input. */
function unreadableTimes(i18n: I18n, values: FilterFormValues): Record<string, string> {
  const errors: Record<string, string> = {};
  if (values.range) return errors;
  for (const field of ['from', 'to'] as const) {
    if (fromUtcInput(values[field])) continue;
    errors[field] = i18n._({
      id: 'time.input.unreadable',
      message: 'Enter a date and time as YYYY-MM-DD HH:mm, e.g. {example}',
      values: { example: '2026-12-01 09:30' },
    });
  }
  return errors;
}

/** The same rules as the BFF (one shared schema), reported on the form's fields in the active language. */
export function validateFilterForm(i18n: I18n, values: FilterFormValues): Record<string, string> {
  const errors = unreadableTimes(i18n, values);
  const range = rangeError(i18n, values);
  if (range) errors.from = range;
  const unreadable = Boolean(errors.from || errors.to);
  const result = reportFiltersSchema.safeParse(toFilters(values));
  if (result.success) return errors;
  for (const issue of result.error.issues) {
    const field = String(issue.path[0] ?? 'ids');
    if ((range || unreadable) && (field === 'from' || field === 'to')) continue;
    const target = field === 'ids' && values.by === 'source' ? 'productKey' : field;
    errors[target] ??= translateIssue(i18n, issue);
  }
  return errors;
}
