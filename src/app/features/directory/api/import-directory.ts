import { useMutation, useQueryClient } from '@tanstack/react-query';

import type {
  DirectoryImportInput,
  DirectoryImportResult,
} from '../../../../shared/contract/directory';
import { api } from '../../../lib/api-client';
import { directoryKeys } from './directory-queries';

/** The dry run: what the file would add, change and refuse. */
export const usePreviewImport = () =>
  useMutation({
    mutationFn: (input: DirectoryImportInput) =>
      api.post<DirectoryImportResult>('/directory/import/preview', input),
  });

export const useImportDirectory = () => {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (input: DirectoryImportInput) =>
      api.post<DirectoryImportResult>('/directory/import', input),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: directoryKeys.lists() }),
  });
};
