import type { z } from 'zod';

/**
 * The shape of a page's URL state: one zod schema per query parameter, taken from (or built on) the
 * shared contract schemas. Each schema must accept `undefined` (`.optional()` or `.default()`).
 */
export type SearchShape = Record<string, z.ZodType>;
export type SearchState<S extends SearchShape> = { [K in keyof S]: z.output<S[K]> };
/** A change to the URL state: `null`, `undefined`, `''` or the default value removes the parameter. */
export type SearchPatch<S extends SearchShape> = {
  [K in keyof S]?: z.input<S[K]> | z.output<S[K]> | null;
};

/** What a parameter reads as when the URL leaves it out: the schema's default, or undefined. */
export function searchDefault(schema: z.ZodType): unknown {
  const parsed = schema.safeParse(undefined);
  return parsed.success ? parsed.data : undefined;
}

/**
 * Reads the URL state. Each parameter is checked by its own schema, so one hand-edited bad value
 * (`range=toString`, `page=-3`) falls back to its default without losing the others.
 */
export function parseSearch<S extends SearchShape>(
  shape: S,
  params: URLSearchParams,
): SearchState<S> {
  const state: Record<string, unknown> = {};
  for (const [key, schema] of Object.entries(shape)) {
    const raw = params.get(key);
    const parsed = schema.safeParse(raw === null || raw === '' ? undefined : raw);
    state[key] = parsed.success ? parsed.data : searchDefault(schema);
  }
  return state as SearchState<S>;
}

const isEmpty = (value: unknown) => value === undefined || value === null || value === '';

/** Applies a patch to URL parameters; parameters the shape does not name are kept as they are. */
export function patchSearch<S extends SearchShape>(
  shape: S,
  params: URLSearchParams,
  patch: SearchPatch<S>,
): URLSearchParams {
  const next = new URLSearchParams(params);
  for (const [key, value] of Object.entries(patch)) {
    const schema = shape[key];
    if (!schema) continue;
    if (isEmpty(value) || value === searchDefault(schema)) next.delete(key);
    else next.set(key, String(value));
  }
  return next;
}

/** Query-string text for a full state, in the shape's order, leaving out empty and default values. */
export function searchString<S extends SearchShape>(shape: S, state: SearchPatch<S>): string {
  return patchSearch(shape, new URLSearchParams(), state).toString();
}
