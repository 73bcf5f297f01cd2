import { useCallback, useMemo } from 'react';

import type { UpgradeTaskStatus } from '../../../../shared/contract/upgrade-tasks';
import { type SearchUpdateOptions, useSearchState } from '../../../hooks/use-search-state';
import {
  integerParam,
  oneOfParam,
  textParam,
  UPSTREAM_ID_PATTERN,
} from '../../../lib/search-params';
import { UPGRADE_TASK_STATUSES } from '../lib/task-status-label';

const upstreamId = () => textParam({ min: 1, max: 64, pattern: UPSTREAM_ID_PATTERN });

/**
 * The task page's URL state, under short parameter names (`?firmware=…&job=…&device=…`): the
 * contract's `upstreamIdSchema` and `upgradeTaskListQuerySchema` fields.
 */
export const taskSearchShape = {
  firmware: upstreamId(),
  job: upstreamId(),
  status: oneOfParam(UPGRADE_TASK_STATUSES),
  device: textParam({ trim: true, max: 2_000 }),
  page: integerParam(1, Number.MAX_SAFE_INTEGER, 1),
};

export interface TaskPageParams {
  firmwareId: string;
  jobId: string;
  status: UpgradeTaskStatus | undefined;
  deviceName: string;
  page: number;
}

/** The page's choices live in the URL, so a deep link or a reload shows the same tasks. */
export function useTaskPageParams() {
  const [search, setSearch] = useSearchState(taskSearchShape);
  const params: TaskPageParams = useMemo(
    () => ({
      firmwareId: search.firmware ?? '',
      jobId: search.job ?? '',
      status: search.status,
      deviceName: search.device ?? '',
      page: search.page,
    }),
    [search],
  );

  /** Changing anything but the page goes back to page 1; a new firmware also drops the job. */
  const update = useCallback(
    (patch: Partial<TaskPageParams>, options?: SearchUpdateOptions) => {
      const has = (key: keyof TaskPageParams) => key in patch;
      setSearch(
        {
          ...(has('firmwareId') && { firmware: patch.firmwareId, job: null }),
          ...(has('jobId') && { job: patch.jobId }),
          ...(has('status') && { status: patch.status ?? null }),
          ...(has('deviceName') && { device: patch.deviceName }),
          page: has('page') ? patch.page : null,
        },
        options,
      );
    },
    [setSearch],
  );

  return [params, update] as const;
}
