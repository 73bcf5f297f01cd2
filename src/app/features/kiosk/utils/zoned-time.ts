const formatters = new Map<string, Intl.DateTimeFormat>();

function formatterFor(zone: string): Intl.DateTimeFormat {
  let formatter = formatters.get(zone);
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
    formatters.set(zone, formatter);
  }
  return formatter;
}

/**
 * "2026-12-02 03:41:10 UTC", or "2026-12-02 11:41:10 Asia/Shanghai (GMT+8)": date, time and
 * zone, so a screen read from across the room, or a photo of it, is never ambiguous.
 */
export function formatZoned(ms: number, zone: string): string {
  const parts = Object.fromEntries(
    formatterFor(zone)
      .formatToParts(ms)
      .map((part) => [part.type, part.value]),
  );
  const stamp = `${parts.year}-${parts.month}-${parts.day} ${parts.hour}:${parts.minute}:${parts.second}`;
  return zone === 'UTC' ? `${stamp} UTC` : `${stamp} ${zone} (${parts.timeZoneName})`;
}

/** "HH:mm" in the zone, for timeline ends. */
export function formatZonedTime(ms: number, zone: string): string {
  const parts = Object.fromEntries(
    formatterFor(zone)
      .formatToParts(ms)
      .map((part) => [part.type, part.value]),
  );
  return `${parts.hour}:${parts.minute}`;
}

/** "12-01" (month-day) in the zone, for timeline ends. */
export function formatZonedDay(ms: number, zone: string): string {
  const parts = Object.fromEntries(
    formatterFor(zone)
      .formatToParts(ms)
      .map((part) => [part.type, part.value]),
  );
  return `${parts.month}-${parts.day}`;
}

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
