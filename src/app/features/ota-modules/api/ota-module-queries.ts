import { queryOptions, useQuery } from '@tanstack/react-query';

import type { ModulePackages, OtaModuleList } from '../../../../shared/contract/ota-modules';
import { useAfterPaint } from '../../../hooks/use-after-paint';
import { api } from '../../../lib/api-client';
import { arrivedAnswer } from '../../../lib/early-answers';

export const otaModuleKeys = {
  all: ['ota-modules'] as const,
  lists: () => [...otaModuleKeys.all, 'list'] as const,
  list: (productKey: string) => [...otaModuleKeys.lists(), productKey] as const,
  packages: (productKey: string) => [...otaModuleKeys.all, 'packages', productKey] as const,
};

export const otaModulesQueryOptions = (productKey: string) => {
  const path = `/products/${encodeURIComponent(productKey)}/modules`;
  return queryOptions({
    queryKey: otaModuleKeys.list(productKey),
    queryFn: ({ signal }) => api.get<OtaModuleList>(path, signal),
    // The shell preloads the modules page's list (src/bff/static/page-data-preload.ts).
    initialData: () => arrivedAnswer<OtaModuleList>(`/api${path}`),
  });
};

export const useOtaModules = (productKey: string) => useQuery(otaModulesQueryOptions(productKey));

export const modulePackagesQueryOptions = (productKey: string) =>
  queryOptions({
    queryKey: otaModuleKeys.packages(productKey),
    queryFn: ({ signal }) =>
      api.get<ModulePackages>(
        `/products/${encodeURIComponent(productKey)}/module-packages`,
        signal,
      ),
    staleTime: 60_000,
  });

/**
 * How many packages each module of the product has (the platform refuses to delete those): asked
 * for once the list is on screen, so the list's first paint does not wait on a second answer.
 */
export function useModulePackages(productKey: string) {
  const painted = useAfterPaint();
  return useQuery({ ...modulePackagesQueryOptions(productKey), enabled: painted });
}

// Names compare ignoring letter case (module-rules' sameModuleName, whose module holds zod schemas).
/** A module's package count, or why there is none: still loading, or the listing failed. */
export type PackageCount = number | 'loading' | 'unknown';

export function packageCountOf(
  query: ReturnType<typeof useModulePackages>,
  moduleName: string,
): PackageCount {
  if (query.data)
    return (
      query.data.items.find((i) => i.moduleName.toLowerCase() === moduleName.toLowerCase())
        ?.packages ?? 0
    );
  return query.isError ? 'unknown' : 'loading';
}
