import { useCallback, useMemo } from 'react';

import { upstreamIdSchema } from '../../../../shared/contract/firmware';
import {
  upgradeTaskFilterSchema,
  upgradeTaskListQuerySchema,
  type UpgradeTaskStatus,
} from '../../../../shared/contract/upgrade-tasks';
import { type SearchUpdateOptions, useSearchState } from '../../../hooks/use-search-state';

/** The task page's URL state, under short parameter names (`?firmware=…&job=…&device=…`). */
export const taskSearchShape = {
  firmware: upstreamIdSchema.optional(),
  job: upgradeTaskFilterSchema.shape.jobId,
  status: upgradeTaskFilterSchema.shape.status,
  device: upgradeTaskFilterSchema.shape.deviceName,
  page: upgradeTaskListQuerySchema.shape.page,
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
