import { queryOptions, useQuery } from '@tanstack/react-query';

import type { FirmwareList, UpgradeJobList } from '../../../../shared/contract/firmware';
import { api } from '../../../lib/api-client';
import { firmwarePath, upgradeTaskKeys } from './upgrade-task-keys';

export const firmwareQueryOptions = (productKey: string) =>
  queryOptions({
    queryKey: upgradeTaskKeys.firmware(productKey),
    queryFn: ({ signal }) =>
      api.get<FirmwareList>(
        `/products/${encodeURIComponent(productKey)}/firmware?pageSize=100`,
        signal,
      ),
    staleTime: 60_000,
  });

export const useFirmware = (productKey: string) => useQuery(firmwareQueryOptions(productKey));

export const upgradeJobsQueryOptions = (productKey: string, firmwareId: string) =>
  queryOptions({
    queryKey: upgradeTaskKeys.jobs(productKey, firmwareId),
    queryFn: ({ signal }) =>
      api.get<UpgradeJobList>(`${firmwarePath(productKey, firmwareId)}/jobs`, signal),
    enabled: firmwareId !== '',
    staleTime: 30_000,
  });

export const useUpgradeJobs = (productKey: string, firmwareId: string) =>
  useQuery(upgradeJobsQueryOptions(productKey, firmwareId));
