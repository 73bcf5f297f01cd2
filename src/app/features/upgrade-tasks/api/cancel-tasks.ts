import { useMutation, useQueryClient } from '@tanstack/react-query';

import type {
  CancelPreview,
  CancelResult,
  CancelTasksInput,
} from '../../../../shared/contract/upgrade-tasks';
import { api } from '../../../lib/api-client';
import { firmwarePath, upgradeTaskKeys } from './upgrade-task-keys';

export interface CancelTasksVariables extends CancelTasksInput {
  productKey: string;
  firmwareId: string;
}

const bodyOf = ({ deviceNames, jobId }: CancelTasksVariables): CancelTasksInput => ({
  deviceNames,
  ...(jobId ? { jobId } : {}),
});

/** What "Cancel tasks" would do to each device; changes nothing. */
export const usePreviewCancel = () =>
  useMutation({
    mutationFn: (variables: CancelTasksVariables) =>
      api.post<CancelPreview>(
        `${firmwarePath(variables.productKey, variables.firmwareId)}/cancel-preview`,
        bodyOf(variables),
      ),
  });

/** Cancels the devices' pending tasks; the firmware's task lists refetch afterwards. */
export function useCancelTasks() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (variables: CancelTasksVariables) =>
      api.post<CancelResult>(
        `${firmwarePath(variables.productKey, variables.firmwareId)}/cancel`,
        bodyOf(variables),
      ),
    onSettled: (_data, _error, variables) =>
      queryClient.invalidateQueries({
        queryKey: upgradeTaskKeys.firmwareLists(variables.productKey, variables.firmwareId),
      }),
  });
}
