import type { OtaModule } from '../../../../shared/contract/ota-modules';

export const MODULE_SORT_KEYS = ['moduleName', 'gmtCreate', 'gmtModified'] as const;
export type ModuleSortKey = (typeof MODULE_SORT_KEYS)[number];
export interface ModuleSort {
  key: ModuleSortKey;
  direction: 'asc' | 'desc';
}

export const DEFAULT_MODULE_SORT: ModuleSort = { key: 'moduleName', direction: 'asc' };

const byName = new Intl.Collator(undefined, { sensitivity: 'base', numeric: true });

function compare(a: OtaModule, b: OtaModule, key: ModuleSortKey): number {
  if (key === 'moduleName') return byName.compare(a.moduleName, b.moduleName);
  // ISO strings sort as dates; a missing date sorts first (ascending).
  return (a[key] ?? '').localeCompare(b[key] ?? '') || byName.compare(a.moduleName, b.moduleName);
}

/** Modules whose name, alias or description contains the text (ignoring case), sorted. */
export function filterAndSortModules(
  modules: readonly OtaModule[],
  filter: string,
  sort: ModuleSort,
): OtaModule[] {
  const needle = filter.trim().toLowerCase();
  const matches = needle
    ? modules.filter((m) =>
        [m.moduleName, m.aliasName, m.desc].some((text) => text.toLowerCase().includes(needle)),
      )
    : [...modules];
  const sign = sort.direction === 'asc' ? 1 : -1;
  return matches.sort((a, b) => sign * compare(a, b, sort.key));
}

/** Clicking a column sorts by it; clicking it again reverses the order. Dates start newest first. */
export function nextSort(current: ModuleSort, key: ModuleSortKey): ModuleSort {
  if (current.key === key) return { key, direction: current.direction === 'asc' ? 'desc' : 'asc' };
  return { key, direction: key === 'moduleName' ? 'asc' : 'desc' };
}
