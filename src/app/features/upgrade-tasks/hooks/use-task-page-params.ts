import { useCallback } from 'react';
import { useSearchParams } from 'react-router';

import {
  type UpgradeTaskStatus,
  upgradeTaskStatusSchema,
} from '../../../../shared/contract/upgrade-tasks';

export interface TaskPageParams {
  firmwareId: string;
  jobId: string;
  status: UpgradeTaskStatus | undefined;
  deviceName: string;
  page: number;
}

const KEYS: Record<keyof TaskPageParams, string> = {
  firmwareId: 'firmware',
  jobId: 'job',
  status: 'status',
  deviceName: 'device',
  page: 'page',
};

/** The page's choices live in the URL, so a deep link or a reload shows the same tasks. */
export function useTaskPageParams() {
  const [search, setSearch] = useSearchParams();
  const status = upgradeTaskStatusSchema.safeParse(search.get(KEYS.status));
  const params: TaskPageParams = {
    firmwareId: search.get(KEYS.firmwareId) ?? '',
    jobId: search.get(KEYS.jobId) ?? '',
    status: status.success ? status.data : undefined,
    deviceName: search.get(KEYS.deviceName) ?? '',
    page: Math.max(1, Number(search.get(KEYS.page)) || 1),
  };

  /**
   * Changing anything but the page goes back to page 1; a new firmware also drops the job. Reads the
   * live URL (not this render's copy), so a debounced filter cannot undo a change made meanwhile.
   * `replace` rewrites the current history entry (for defaults the user did not choose).
   */
  const update = useCallback(
    (patch: Partial<TaskPageParams>, options?: { replace?: boolean }) => {
      const next = new URLSearchParams(window.location.search);
      if (!('page' in patch)) next.delete(KEYS.page);
      if ('firmwareId' in patch) next.delete(KEYS.jobId);
      for (const [key, value] of Object.entries(patch)) {
        const name = KEYS[key as keyof TaskPageParams];
        if (value === undefined || value === '' || (key === 'page' && value === 1))
          next.delete(name);
        else next.set(name, String(value));
      }
      setSearch(next, options);
    },
    [setSearch],
  );

  return [params, update] as const;
}
