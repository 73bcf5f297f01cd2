/** Module times: UTC, minute precision, e.g. `2020-10-13T09:46Z`. */
export function gmtMinute(ms: number): string {
  return `${new Date(ms).toISOString().slice(0, 16)}Z`;
}

/** Firmware, job and task times: `2019-11-04T06:22:19.000Z`. */
export function utcIso(ms: number): string {
  return new Date(ms).toISOString();
}

export function utcIsoOrNull(ms: number | null): string | null {
  return ms === null ? null : utcIso(ms);
}

export const SECOND = 1000;
export const MINUTE = 60 * SECOND;
export const HOUR = 60 * MINUTE;
export const DAY = 24 * HOUR;
