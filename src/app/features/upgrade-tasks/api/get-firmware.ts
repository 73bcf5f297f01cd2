import { queryOptions, useQuery } from '@tanstack/react-query';

import type { FirmwareList, UpgradeJobList } from '../../../../shared/contract/firmware';
import { api } from '../../../lib/api-client';
import { arrivedAnswer } from '../../../lib/early-answers';
import { firmwarePath, upgradeTaskKeys } from './upgrade-task-keys';

export const firmwareQueryOptions = (productKey: string) => {
  const path = `/products/${encodeURIComponent(productKey)}/firmware?pageSize=100`;
  return queryOptions({
    queryKey: upgradeTaskKeys.firmware(productKey),
    queryFn: ({ signal }) => api.get<FirmwareList>(path, signal),
    // The shell preloads the tasks page's firmware list (src/bff/static/page-data-preload.ts).
    initialData: () => arrivedAnswer<FirmwareList>(`/api${path}`),
    staleTime: 60_000,
  });
};

export const useFirmware = (productKey: string) => useQuery(firmwareQueryOptions(productKey));

export const upgradeJobsQueryOptions = (productKey: string, firmwareId: string) =>
  queryOptions({
    queryKey: upgradeTaskKeys.jobs(productKey, firmwareId),
    queryFn: ({ signal }) =>
      api.get<UpgradeJobList>(`${firmwarePath(productKey, firmwareId)}/jobs`, signal),
    enabled: firmwareId !== '',
    staleTime: 30_000,
  });

export const useUpgradeJobs = (productKey: string, firmwareId: string, enabled = true) => {
  const options = upgradeJobsQueryOptions(productKey, firmwareId);
  return useQuery({ ...options, enabled: enabled && options.enabled });
};
