import { keepPreviousData, queryOptions, useQuery } from '@tanstack/react-query';

import type {
  MatchingDeviceNames,
  UpgradeTaskFilter,
  UpgradeTaskList,
} from '../../../../shared/contract/upgrade-tasks';
import { api } from '../../../lib/api-client';
import {
  firmwarePath,
  toSearch,
  upgradeTaskKeys,
  type UpgradeTaskListParams,
} from './upgrade-task-keys';

/** One page of tasks; the server pages upstream, so a 100,000-device job costs one call per page. */
export const upgradeTasksQueryOptions = (
  productKey: string,
  firmwareId: string,
  params: UpgradeTaskListParams,
) =>
  queryOptions({
    queryKey: upgradeTaskKeys.list(productKey, firmwareId, params),
    queryFn: ({ signal }) =>
      api.get<UpgradeTaskList>(
        `${firmwarePath(productKey, firmwareId)}/tasks${toSearch({ ...params })}`,
        signal,
      ),
    enabled: firmwareId !== '',
    placeholderData: keepPreviousData,
  });

export const useUpgradeTasks = (
  productKey: string,
  firmwareId: string,
  params: UpgradeTaskListParams,
) => useQuery(upgradeTasksQueryOptions(productKey, firmwareId, params));

/** The device names of every task matching a filter ("select all matching"), capped by the server. */
export const matchingDeviceNamesQueryOptions = (
  productKey: string,
  firmwareId: string,
  filter: UpgradeTaskFilter,
) =>
  queryOptions({
    queryKey: upgradeTaskKeys.matching(productKey, firmwareId, filter),
    queryFn: ({ signal }) =>
      api.get<MatchingDeviceNames>(
        `${firmwarePath(productKey, firmwareId)}/tasks/device-names${toSearch({ ...filter })}`,
        signal,
      ),
    staleTime: 0,
  });
