import type { UpgradeTaskFilter } from '../../../../shared/contract/upgrade-tasks';

export interface UpgradeTaskListParams extends UpgradeTaskFilter {
  page: number;
  pageSize: number;
}

/** One hierarchy for the page: firmware → jobs → task lists, each under its product and firmware. */
export const upgradeTaskKeys = {
  all: ['upgrade-tasks'] as const,
  firmware: (productKey: string) => [...upgradeTaskKeys.all, 'firmware', productKey] as const,
  jobs: (productKey: string, firmwareId: string) =>
    [...upgradeTaskKeys.all, 'jobs', productKey, firmwareId] as const,
  lists: () => [...upgradeTaskKeys.all, 'list'] as const,
  /** Every task list (any filter, page or job) of one firmware: what a cancel invalidates. */
  firmwareLists: (productKey: string, firmwareId: string) =>
    [...upgradeTaskKeys.lists(), productKey, firmwareId] as const,
  list: (productKey: string, firmwareId: string, params: UpgradeTaskListParams) =>
    [...upgradeTaskKeys.firmwareLists(productKey, firmwareId), params] as const,
  matching: (productKey: string, firmwareId: string, filter: UpgradeTaskFilter) =>
    [...upgradeTaskKeys.firmwareLists(productKey, firmwareId), 'matching', filter] as const,
};

export const firmwarePath = (productKey: string, firmwareId: string) =>
  `/products/${encodeURIComponent(productKey)}/firmware/${encodeURIComponent(firmwareId)}`;

/** Query string of the defined values only. */
export function toSearch(params: Record<string, string | number | undefined>): string {
  const search = new URLSearchParams();
  for (const [key, value] of Object.entries(params)) {
    if (value !== undefined && value !== '') search.set(key, String(value));
  }
  const text = search.toString();
  return text ? `?${text}` : '';
}
