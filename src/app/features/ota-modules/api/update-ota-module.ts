import { useMutation, useQueryClient } from '@tanstack/react-query';

import type {
  OtaModuleWriteResult,
  UpdateOtaModuleInput,
} from '../../../../shared/contract/ota-modules';
import { api } from '../../../lib/api-client';
import { otaModuleKeys } from './ota-module-queries';

export const updateOtaModule = (
  productKey: string,
  moduleName: string,
  input: UpdateOtaModuleInput,
) =>
  api.patch<OtaModuleWriteResult>(
    `/products/${encodeURIComponent(productKey)}/modules/${encodeURIComponent(moduleName)}`,
    input,
  );

/** Changes a module's alias and description (its name is fixed), then refreshes module lists. */
export function useUpdateOtaModule(productKey: string, moduleName: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (input: UpdateOtaModuleInput) => updateOtaModule(productKey, moduleName, input),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: otaModuleKeys.lists() }),
  });
}
