import { zonedParts } from './format-time';

/**
 * A wall-clock time as people type it: `YYYY-MM-DD HH:mm` (a `T` for the space, one-digit month,
 * day or hour, and seconds are read too). The console's time inputs are text in this one format in
 * every language: a native datetime-local input writes dates in the browser's language and order.
 */
const TYPED = /^\s*(\d{4})-(\d{1,2})-(\d{1,2})(?:T|\s+)(\d{1,2}):(\d{2})(?::(\d{2}))?\s*$/;

/** The wall-clock time typed, as a UTC timestamp of the same digits, or undefined for no real time. */
function typedWallClock(value: string): number | undefined {
  const match = TYPED.exec(value);
  if (!match) return undefined;
  const [year, month, day, hour, minute, second = 0] = match
    .slice(1)
    .map((part) => Number(part ?? 0)) as number[];
  const wall = Date.UTC(year!, month! - 1, day!, hour!, minute!, second);
  const back = new Date(wall);
  // Date.UTC rolls 2026-02-30 over into March and 24:00 into the next day: not real times.
  const real =
    back.getUTCFullYear() === year &&
    back.getUTCMonth() === month! - 1 &&
    back.getUTCDate() === day &&
    back.getUTCHours() === hour &&
    back.getUTCMinutes() === minute &&
    back.getUTCSeconds() === second;
  return real ? wall : undefined;
}

/** How far the zone's clock is ahead of UTC at an instant, in ms. */
function offsetAt(zone: string, ms: number): number {
  const p = zonedParts(ms, zone);
  const wall = Date.UTC(+p.year, +p.month - 1, +p.day, +p.hour, +p.minute, +p.second);
  return wall - Math.floor(ms / 1000) * 1000;
}

/**
 * The instant a wall-clock time in `zone` names, as ISO UTC, or undefined when the text is not a
 * time. A time skipped by a daylight-saving jump reads as the moment after the jump's offset.
 */
export function zonedInputToIso(value: string, zone: string): string | undefined {
  const wall = typedWallClock(value);
  if (wall === undefined) return undefined;
  if (zone === 'UTC') return new Date(wall).toISOString();
  // Two passes: the offset at the first guess may differ from the offset at the answer (DST).
  const guess = wall - offsetAt(zone, wall);
  return new Date(wall - offsetAt(zone, guess)).toISOString();
}

/** An instant as the time inputs show it in `zone`: `YYYY-MM-DD HH:mm`, or '' for none. */
export function isoToZonedInput(iso: string | undefined, zone: string): string {
  if (!iso) return '';
  const ms = Date.parse(iso);
  if (Number.isNaN(ms)) return '';
  const p = zonedParts(ms, zone);
  return `${p.year}-${p.month}-${p.day} ${p.hour}:${p.minute}`;
}

/** Typed text written the way the inputs show times ("2026-1-5 9:00" → "2026-01-05 09:00"). */
export function normalizeTypedTime(value: string): string {
  const wall = typedWallClock(value);
  if (wall === undefined) return value;
  const text = new Date(wall).toISOString().replace('T', ' ');
  return text.slice(0, text.endsWith(':00.000Z') ? 16 : 19);
}
