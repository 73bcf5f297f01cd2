import { queryOptions, useQuery } from '@tanstack/react-query';

import type { OtaModuleList } from '../../../../shared/contract/ota-modules';
import { api } from '../../../lib/api-client';

export const otaModuleKeys = {
  all: ['ota-modules'] as const,
  lists: () => [...otaModuleKeys.all, 'list'] as const,
  list: (productKey: string) => [...otaModuleKeys.lists(), productKey] as const,
};

export const otaModulesQueryOptions = (productKey: string) =>
  queryOptions({
    queryKey: otaModuleKeys.list(productKey),
    queryFn: ({ signal }) =>
      api.get<OtaModuleList>(`/products/${encodeURIComponent(productKey)}/modules`, signal),
  });

export const useOtaModules = (productKey: string) => useQuery(otaModulesQueryOptions(productKey));
