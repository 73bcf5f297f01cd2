import { useMutation, useQueryClient } from '@tanstack/react-query';

import type {
  CreateOtaModuleInput,
  OtaModuleWriteResult,
} from '../../../../shared/contract/ota-modules';
import { api } from '../../../lib/api-client';
import { otaModuleKeys } from './ota-module-queries';

export const createOtaModule = (productKey: string, input: CreateOtaModuleInput) =>
  api.post<OtaModuleWriteResult>(`/products/${encodeURIComponent(productKey)}/modules`, input);

/**
 * Creates a module, then refreshes module lists from the upstream. Lists are refreshed after a
 * refusal too: "name taken" or "limit reached" means the list on screen is out of date.
 * Toasts are the caller's business.
 */
export function useCreateOtaModule(productKey: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (input: CreateOtaModuleInput) => createOtaModule(productKey, input),
    onSettled: () => queryClient.invalidateQueries({ queryKey: otaModuleKeys.lists() }),
  });
}
