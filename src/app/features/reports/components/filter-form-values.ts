import type { I18n } from '@lingui/core';

import type { ReportFilters } from '../../../../shared/contract/reports';
import {
  isRangePreset,
  RANGE_PRESET_MS,
  type ReportRangePreset,
} from '../../../../shared/report/report-limits';
import { zonedInputToIso } from '../../../lib/time/zoned-input';
import type { ReportSearch } from '../api/report-search';

// zod-free: the form shows with the page; its checks (filter-form-checks.ts) load on first use.

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
  const preset = isRangePreset(search.range) ? search.range : undefined;
  const span = RANGE_PRESET_MS[preset ?? '7d'];
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
    range: preset && !search.from && !search.to ? preset : '',
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

/** Each range input whose text is no date-time, said on that input. */
export function unreadableTimes(i18n: I18n, values: FilterFormValues): Record<string, string> {
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
