import { useSearchState } from '../../../hooks/use-search-state';
import { oneOfParam, textParam } from '../../../lib/search-params';
import { parseSearch } from '../../../lib/search-state';
import { DEFAULT_MODULE_SORT, MODULE_SORT_KEYS, type ModuleSort } from './module-view';

/** The module list's URL state: filter text `q`, sort column `sort`, direction `order`. */
export const moduleSearchShape = {
  q: textParam({ max: 200 }),
  sort: oneOfParam(MODULE_SORT_KEYS, DEFAULT_MODULE_SORT.key),
  order: oneOfParam(['asc', 'desc'], DEFAULT_MODULE_SORT.direction),
};

/** Reads the module list's filter and sort from the URL; bad values fall back to the defaults. */
export function moduleViewFromSearch(params: URLSearchParams): {
  filter: string;
  sort: ModuleSort;
} {
  const { q, sort, order } = parseSearch(moduleSearchShape, params);
  return { filter: q ?? '', sort: { key: sort, direction: order } };
}

/**
 * The module list's filter and sort, kept in the URL so a link or a reload shows the same view.
 * Updates replace the history entry: typing in the filter does not fill the back button.
 */
export function useModuleView() {
  const [{ q, sort, order }, update] = useSearchState(moduleSearchShape);
  return {
    filter: q ?? '',
    sort: { key: sort, direction: order } satisfies ModuleSort,
    setFilter: (value: string) => update({ q: value }, { replace: true }),
    setSort: (value: ModuleSort) =>
      update({ sort: value.key, order: value.direction }, { replace: true }),
  };
}
