import { keepPreviousData, queryOptions, useQuery } from '@tanstack/react-query';

import type {
  MatchingDeviceNames,
  UpgradeTaskFilter,
  UpgradeTaskListAnswer,
  UpgradeTaskListPending,
} from '../../../../shared/contract/upgrade-tasks';
import { api } from '../../../lib/api-client';
import {
  firmwarePath,
  toSearch,
  upgradeTaskKeys,
  type UpgradeTaskListParams,
} from './upgrade-task-keys';

/** While a firmware's tasks are read across its jobs, ask again this often for the page. */
export const TASK_PROGRESS_POLL_MS = 600;

export const isTaskListPending = (
  answer: UpgradeTaskListAnswer | undefined,
): answer is UpgradeTaskListPending => answer !== undefined && 'state' in answer;

/**
 * One page of tasks; the server pages upstream, so a 100,000-device job costs one call per page. A
 * whole firmware (no job) is read across its jobs, which takes seconds: the BFF answers how far it
 * has come ("job 3 of 40") and the page asks again until the tasks are there.
 */
export const upgradeTasksQueryOptions = (
  productKey: string,
  firmwareId: string,
  params: UpgradeTaskListParams,
) =>
  queryOptions({
    queryKey: upgradeTaskKeys.list(productKey, firmwareId, params),
    queryFn: ({ signal }) =>
      api.get<UpgradeTaskListAnswer>(
        `${firmwarePath(productKey, firmwareId)}/tasks${toSearch({
          ...params,
          progress: params.jobId ? undefined : '1',
        })}`,
        signal,
      ),
    enabled: firmwareId !== '',
    placeholderData: keepPreviousData,
    refetchInterval: (q) => (isTaskListPending(q.state.data) ? TASK_PROGRESS_POLL_MS : false),
  });

export const useUpgradeTasks = (
  productKey: string,
  firmwareId: string,
  params: UpgradeTaskListParams,
  enabled = true,
) => {
  const options = upgradeTasksQueryOptions(productKey, firmwareId, params);
  return useQuery({ ...options, enabled: enabled && options.enabled });
};

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
