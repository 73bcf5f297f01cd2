import type { SearchParam } from './search-state';

/**
 * Small readers for query parameters, each matching what a zod schema of the shared contract
 * accepts (`search-params.test.ts` runs both on the same texts). They keep zod off the first pages.
 */

/** `z.coerce.number().int().min(min).max(max).default(fallback)` */
export function integerParam(
  min: number,
  max: number,
  fallback: number,
): SearchParam<number, unknown> {
  return {
    read: (text) => {
      const value = Number(text);
      return Number.isInteger(value) && value >= min && value <= max ? value : undefined;
    },
    fallback,
  };
}

/** `z.coerce.number().min(min).max(max).optional()` */
export function numberParam(min: number, max: number): SearchParam<number | undefined, unknown> {
  return {
    read: (text) => {
      const value = Number(text);
      return Number.isFinite(value) && value >= min && value <= max ? value : undefined;
    },
    fallback: undefined,
  };
}

/** `z.enum(values).optional()`, or `.default(fallback)` when one is given. */
export function oneOfParam<const T extends string>(
  values: readonly T[],
): SearchParam<T | undefined>;
export function oneOfParam<const T extends string>(
  values: readonly T[],
  fallback: T,
): SearchParam<T>;
export function oneOfParam<const T extends string>(
  values: readonly T[],
  fallback?: T,
): SearchParam<T | undefined> {
  return {
    read: (text) => ((values as readonly string[]).includes(text) ? (text as T) : undefined),
    fallback,
  };
}

interface TextRule {
  /** Trim white space first (zod's `.trim()`). */
  trim?: boolean;
  min?: number;
  max?: number;
  pattern?: RegExp;
}

/** `z.string()` with `.trim()`, `.min()`, `.max()`, `.regex()` as given, `.optional()`; blank is missing. */
export function textParam({
  trim = false,
  min = 0,
  max = Infinity,
  pattern,
}: TextRule): SearchParam<string | undefined> {
  return {
    read: (raw) => {
      const text = trim ? raw.trim() : raw;
      // Blank reads as missing, as an empty parameter does.
      if (text === '' || text.length < min || text.length > max) return undefined;
      return !pattern || pattern.test(text) ? text : undefined;
    },
    fallback: undefined,
  };
}

/** zod's `z.iso.datetime({ offset: true })`: RFC 3339 with seconds and `Z` or an offset. */
const ISO_DATE_TIME =
  /^(?:(?:\d\d[2468][048]|\d\d[13579][26]|\d\d0[48]|[02468][048]00|[13579][26]00)-02-29|\d{4}-(?:(?:0[13578]|1[02])-(?:0[1-9]|[12]\d|3[01])|(?:0[469]|11)-(?:0[1-9]|[12]\d|30)|(?:02)-(?:0[1-9]|1\d|2[0-8])))T(?:[01]\d|2[0-3]):[0-5]\d:[0-5]\d(?:\.\d+)?(?:Z|[+-](?:[01]\d|2[0-3]):[0-5]\d)$/;

export const isoDateTimeParam = (): SearchParam<string | undefined> =>
  textParam({ pattern: ISO_DATE_TIME });

/** A platform id (product key, firmware, job): letters, digits, `_` and `-`, at most 64. */
export const UPSTREAM_ID_PATTERN = /^[A-Za-z0-9_-]+$/;
