/**
 * How one query parameter reads: `read` turns the URL's text into a value, or undefined when the
 * text is not one; a missing, empty or bad value reads as `fallback`. Written by hand (see
 * `search-params.ts`) so the first pages do not load zod; `search-params.test.ts` checks each
 * page's parameters against the shared contract schemas.
 */
export interface SearchParam<T, In = T> {
  read: (text: string) => T | undefined;
  fallback: T;
  /** Only for typing: what a patch may give (numbers, like `z.coerce`, take any value). */
  readonly input?: In;
}

export type SearchShape = Record<string, SearchParam<unknown, unknown>>;
export type SearchState<S extends SearchShape> = {
  [K in keyof S]: S[K] extends SearchParam<infer T, unknown> ? T : never;
};
/** A change to the URL state: `null`, `undefined`, `''` or the default value removes the parameter. */
export type SearchPatch<S extends SearchShape> = {
  [K in keyof S]?:
    SearchState<S>[K] | (S[K] extends SearchParam<unknown, infer In> ? In : never) | '' | null;
};

/** What a parameter reads as when the URL leaves it out. */
export const searchDefault = (param: SearchParam<unknown, unknown>): unknown => param.fallback;

/**
 * Reads the URL state. Each parameter is read on its own, so one hand-edited bad value
 * (`range=toString`, `page=-3`) falls back to its default without losing the others.
 */
export function parseSearch<S extends SearchShape>(
  shape: S,
  params: URLSearchParams,
): SearchState<S> {
  const state: Record<string, unknown> = {};
  for (const [key, param] of Object.entries(shape)) {
    const raw = params.get(key);
    const value = raw === null || raw === '' ? undefined : param.read(raw);
    state[key] = value === undefined ? param.fallback : value;
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
    const param = shape[key];
    if (!param) continue;
    if (isEmpty(value) || value === param.fallback) next.delete(key);
    else next.set(key, String(value));
  }
  return next;
}

/** Query-string text for a full state, in the shape's order, leaving out empty and default values. */
export function searchString<S extends SearchShape>(shape: S, state: SearchPatch<S>): string {
  return patchSearch(shape, new URLSearchParams(), state).toString();
}
