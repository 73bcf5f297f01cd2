import { i18n } from '@lingui/core';

import type { TimeZoneChoice } from '../../../shared/contract/preferences';

/**
 * The console's one way to show a time: in a named zone, and naming it. Built on the platform's
 * Intl (its zone database, no library on the first routes).
 */

export type TimeValue = string | number | Date | null | undefined;

let browserZone: string | undefined;

/** The browser's IANA zone ("Asia/Shanghai"); UTC when the browser does not say. */
export function browserTimeZone(): string {
  // Read once: each Intl.DateTimeFormat costs, and every time on screen asks.
  browserZone ??= readBrowserTimeZone();
  return browserZone;
}

function readBrowserTimeZone(): string {
  try {
    return Intl.DateTimeFormat().resolvedOptions().timeZone || 'UTC';
  } catch {
    return 'UTC';
  }
}

/** The IANA zone a user's setting stands for. */
export const zoneOf = (choice: TimeZoneChoice): string =>
  choice === 'UTC' ? 'UTC' : browserTimeZone();

const isUtc = (zone: string) => zone === 'UTC' || zone === 'Etc/UTC';

const partsFormatters = new Map<string, Intl.DateTimeFormat>();

/** Latin digits and a 24-hour clock in every language; the zone's offset as "GMT+8". */
function partsFormatter(zone: string): Intl.DateTimeFormat {
  let formatter = partsFormatters.get(zone);
  if (!formatter) {
    formatter = new Intl.DateTimeFormat('en-US', {
      timeZone: zone,
      year: 'numeric',
      month: '2-digit',
      day: '2-digit',
      hour: '2-digit',
      minute: '2-digit',
      second: '2-digit',
      hourCycle: 'h23',
      timeZoneName: 'shortOffset',
    });
    partsFormatters.set(zone, formatter);
  }
  return formatter;
}

export interface ZonedParts {
  year: string;
  month: string;
  day: string;
  hour: string;
  minute: string;
  second: string;
  /** "GMT+8", "GMT-3:30", "GMT" */
  offset: string;
}

/** The wall-clock fields of an instant in a zone. */
export function zonedParts(ms: number, zone: string): ZonedParts {
  const parts = Object.fromEntries(
    partsFormatter(zone)
      .formatToParts(ms)
      .map((part) => [part.type, part.value]),
  ) as Record<string, string>;
  return {
    year: parts.year ?? '',
    month: parts.month ?? '',
    day: parts.day ?? '',
    hour: parts.hour ?? '',
    minute: parts.minute ?? '',
    second: parts.second ?? '',
    offset: parts.timeZoneName ?? '',
  };
}

/**
 * How a time names its zone: `offset` "UTC" / "GMT+8" (compact, for tables and sentences);
 * `name` "UTC" / "Asia/Shanghai (GMT+8)" (for a screen read from across the room).
 */
export type ZoneLabel = 'offset' | 'name';

/** The zone's name at an instant, now by default (an offset changes with daylight saving time). */
export function zoneLabel(
  zone: string,
  { at = Date.now(), label = 'offset' }: { at?: number; label?: ZoneLabel } = {},
): string {
  if (isUtc(zone)) return 'UTC';
  const { offset } = zonedParts(at, zone);
  return label === 'name' ? `${zone} (${offset})` : offset;
}

export interface TimeFormatOptions {
  /**
   * `numeric` (default): "2026-12-02 14:03:07", the same digits in every language (tables, lists);
   * `medium`: the language's own words, "Dec 2, 2026, 14:03:07" / "2026年12月2日 14:03:07".
   */
  style?: 'numeric' | 'medium';
  /** Show seconds (default true). */
  seconds?: boolean;
  zoneLabel?: ZoneLabel;
  /** BCP 47 language; the active Lingui locale by default. */
  locale?: string;
}

export interface FormattedTime {
  date: string;
  time: string;
  zone: string;
  /** What goes between date and clock in this language ("2026-12-02 14:03", "Dec 2, 2026, 14:03"). */
  separator: string;
  /** The instant, as ISO 8601 UTC (for `<time dateTime>`). */
  iso: string;
}

const toMs = (value: Exclude<TimeValue, null | undefined>) =>
  value instanceof Date ? value.getTime() : typeof value === 'number' ? value : Date.parse(value);

const mediumFormatters = new Map<string, Intl.DateTimeFormat>();
function mediumFormatter(locale: string, zone: string, seconds: boolean): Intl.DateTimeFormat {
  const key = `${locale}|${zone}|${seconds}`;
  let formatter = mediumFormatters.get(key);
  if (!formatter) {
    formatter = new Intl.DateTimeFormat(locale, {
      timeZone: zone,
      year: 'numeric',
      month: 'short',
      day: 'numeric',
      hour: '2-digit',
      minute: '2-digit',
      ...(seconds ? { second: '2-digit' } : {}),
      hourCycle: 'h23',
    });
    mediumFormatters.set(key, formatter);
  }
  return formatter;
}

/** A time's date, clock and zone in `zone`, or null when there is no (valid) time. */
export function formatTimeParts(
  value: TimeValue,
  zone: string,
  options: TimeFormatOptions = {},
): FormattedTime | null {
  if (value === null || value === undefined || value === '') return null;
  const ms = toMs(value);
  if (!Number.isFinite(ms)) return null;
  const seconds = options.seconds ?? true;
  const zoneText = zoneLabel(zone, { at: ms, label: options.zoneLabel });
  const iso = new Date(ms).toISOString();
  if (options.style === 'medium') {
    const locale = options.locale ?? (i18n.locale || 'en');
    const parts = mediumFormatter(locale, zone, seconds).formatToParts(ms);
    const firstClock = parts.findIndex((part) => part.type === 'hour');
    const before = parts
      .slice(0, firstClock)
      .map((part) => part.value)
      .join('');
    const date = before.replace(/[\s,]+$/u, '');
    const time = parts
      .slice(firstClock)
      .map((part) => part.value)
      .join('');
    return { date, separator: before.slice(date.length), time, zone: zoneText, iso };
  }
  const p = zonedParts(ms, zone);
  return {
    date: `${p.year}-${p.month}-${p.day}`,
    separator: ' ',
    time: seconds ? `${p.hour}:${p.minute}:${p.second}` : `${p.hour}:${p.minute}`,
    zone: zoneText,
    iso,
  };
}

/**
 * "2026-12-02 14:03:07 UTC", "2026-12-02 22:03:07 GMT+8", "Dec 2, 2026, 22:03:07 GMT+8": a time in
 * `zone`, naming it. "—" when there is no time; text that is not a time is shown as it is.
 */
export function formatTime(
  value: TimeValue,
  zone: string,
  options: TimeFormatOptions = {},
): string {
  const parts = formatTimeParts(value, zone, options);
  if (!parts) return value === null || value === undefined || value === '' ? '—' : String(value);
  return `${parts.date}${parts.separator}${parts.time} ${parts.zone}`;
}

/** "HH:mm" in the zone (chart and timeline ends). */
export function formatClock(ms: number, zone: string): string {
  const p = zonedParts(ms, zone);
  return `${p.hour}:${p.minute}`;
}

/** "MM-DD" in the zone (chart and timeline ends). */
export function formatMonthDay(ms: number, zone: string): string {
  const p = zonedParts(ms, zone);
  return `${p.month}-${p.day}`;
}
