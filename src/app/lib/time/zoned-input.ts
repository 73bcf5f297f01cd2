import { zonedParts } from './format-time';

/** A `datetime-local` input's text: `YYYY-MM-DDTHH:mm` (seconds optional). */
const INPUT = /^(\d{4})-(\d{2})-(\d{2})T(\d{2}):(\d{2})(?::(\d{2}))?$/;

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
  const match = INPUT.exec(value);
  if (!match) return undefined;
  const [, y, mo, d, h, mi, s] = match.map(Number) as number[];
  const wall = Date.UTC(y!, mo! - 1, d!, h!, mi!, Number.isNaN(s) ? 0 : s);
  if (Number.isNaN(wall)) return undefined;
  // Two passes: the offset at the first guess may differ from the offset at the answer (DST).
  const guess = wall - offsetAt(zone, wall);
  return new Date(wall - offsetAt(zone, guess)).toISOString();
}

/** An instant as a `datetime-local` input's text in `zone` (minutes), or '' for none. */
export function isoToZonedInput(iso: string | undefined, zone: string): string {
  if (!iso) return '';
  const ms = Date.parse(iso);
  if (Number.isNaN(ms)) return '';
  const p = zonedParts(ms, zone);
  return `${p.year}-${p.month}-${p.day}T${p.hour}:${p.minute}`;
}
