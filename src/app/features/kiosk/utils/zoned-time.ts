import { formatClock, formatMonthDay, formatTime } from '../../../lib/time/format-time';

/**
 * "2026-12-02 03:41:10 UTC", or "2026-12-02 11:41:10 Asia/Shanghai (GMT+8)": date, time and
 * zone (the kiosk link's), so a screen read from across the room, or a photo of it, is never
 * ambiguous. The console's shared formatter, with the zone named in full.
 */
export const formatZoned = (ms: number, zone: string): string =>
  formatTime(ms, zone, { zoneLabel: 'name' });

/** "HH:mm" in the zone, for timeline ends. */
export const formatZonedTime = formatClock;

/** "12-01" (month-day) in the zone, for timeline ends. */
export const formatZonedDay = formatMonthDay;

const unit = (value: number, name: string, locale: string) =>
  new Intl.NumberFormat(locale, { style: 'unit', unit: name, unitDisplay: 'short' }).format(value);

/** How old figures are, in the language's words: "12 sec", "5 min", "2 hr 5 min", "3 days". */
export function formatAge(ms: number, locale = 'en'): string {
  const seconds = Math.max(0, Math.round(ms / 1000));
  if (seconds < 60) return unit(seconds, 'second', locale);
  const minutes = Math.floor(seconds / 60);
  if (minutes < 60) return unit(minutes, 'minute', locale);
  const hours = Math.floor(minutes / 60);
  if (hours < 48)
    return minutes % 60
      ? `${unit(hours, 'hour', locale)} ${unit(minutes % 60, 'minute', locale)}`
      : unit(hours, 'hour', locale);
  return new Intl.NumberFormat(locale, { style: 'unit', unit: 'day', unitDisplay: 'long' }).format(
    Math.floor(hours / 24),
  );
}
