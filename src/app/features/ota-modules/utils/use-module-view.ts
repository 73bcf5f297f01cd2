import { useSearchParams } from 'react-router';

import {
  DEFAULT_MODULE_SORT,
  MODULE_SORT_KEYS,
  type ModuleSort,
  type ModuleSortKey,
} from './module-view';

/** Reads the module list's filter and sort from the URL (`q`, `sort`, `order`); bad values fall back. */
export function moduleViewFromSearch(params: URLSearchParams): {
  filter: string;
  sort: ModuleSort;
} {
  const key = params.get('sort') as ModuleSortKey | null;
  const order = params.get('order');
  return {
    filter: params.get('q') ?? '',
    sort:
      key && MODULE_SORT_KEYS.includes(key)
        ? { key, direction: order === 'desc' ? 'desc' : 'asc' }
        : DEFAULT_MODULE_SORT,
  };
}

/**
 * The module list's filter and sort, kept in the URL so a link or a reload shows the same view.
 * Updates replace the history entry: typing in the filter does not fill the back button.
 */
export function useModuleView() {
  const [params, setParams] = useSearchParams();
  const { filter, sort } = moduleViewFromSearch(params);
  const update = (changes: Record<string, string | null>) =>
    setParams(
      (current) => {
        const next = new URLSearchParams(current);
        for (const [name, value] of Object.entries(changes)) {
          if (value) next.set(name, value);
          else next.delete(name);
        }
        return next;
      },
      { replace: true },
    );
  return {
    filter,
    sort,
    setFilter: (value: string) => update({ q: value || null }),
    setSort: (value: ModuleSort) =>
      update(
        value.key === DEFAULT_MODULE_SORT.key && value.direction === DEFAULT_MODULE_SORT.direction
          ? { sort: null, order: null }
          : { sort: value.key, order: value.direction },
      ),
  };
}
