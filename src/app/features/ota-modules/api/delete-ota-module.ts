import { useMutation, useQueryClient } from '@tanstack/react-query';

import type { OtaModuleWriteResult } from '../../../../shared/contract/ota-modules';
import { api } from '../../../lib/api-client';
import { otaModuleKeys } from './ota-module-queries';

export const deleteOtaModule = (productKey: string, moduleName: string) =>
  api.delete<OtaModuleWriteResult>(
    `/products/${encodeURIComponent(productKey)}/modules/${encodeURIComponent(moduleName)}`,
  );

/** Deletes a custom module (the upstream refuses the default one), then refreshes module lists. */
export function useDeleteOtaModule(productKey: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (moduleName: string) => deleteOtaModule(productKey, moduleName),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: otaModuleKeys.lists() }),
  });
}
