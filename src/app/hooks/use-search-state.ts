import { useCallback, useLayoutEffect, useMemo, useRef } from 'react';
import { useSearchParams } from 'react-router';

import {
  parseSearch,
  patchSearch,
  type SearchPatch,
  type SearchShape,
  type SearchState,
} from '../lib/search-state';

export interface SearchUpdateOptions {
  /** Rewrite the current history entry (defaults the user did not choose, typing in a filter). */
  replace?: boolean;
}

/**
 * A page's state kept in the URL, so a link or a reload shows the same view: read through the
 * shape's zod schemas (bad values fall back to defaults), written back leaving defaults out.
 *
 * `update` is stable and applies its patch to the latest URL, not to the render it came from: a
 * debounced filter cannot undo a change made meanwhile, and two updates in a row both count.
 */
export function useSearchState<S extends SearchShape>(shape: S) {
  const [params, setParams] = useSearchParams();
  const latest = useRef({ params, setParams });
  useLayoutEffect(() => {
    latest.current = { params, setParams };
  }, [params, setParams]);

  const state = useMemo(() => parseSearch(shape, params), [shape, params]);
  const update = useCallback(
    (patch: SearchPatch<S>, options?: SearchUpdateOptions) => {
      const next = patchSearch(shape, latest.current.params, patch);
      latest.current = { ...latest.current, params: next };
      latest.current.setParams(next, options);
    },
    [shape],
  );
  return [state, update] as [SearchState<S>, typeof update];
}
