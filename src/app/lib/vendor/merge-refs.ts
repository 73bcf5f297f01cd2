import { useMergedRef } from '@mantine/hooks';
import type { Ref } from 'react';

/**
 * Stands in for `@floating-ui/react`'s `useMergeRefs` where Mantine's ScrollArea (under every table)
 * imports it: that import alone would make each list page load all of floating-ui's positioning
 * code. Mantine's own ref merge does the same job (see scripts/vite/narrow-vendor-imports.ts).
 */
export function useMergeRefs<T>(refs: Array<Ref<T> | undefined>) {
  return useMergedRef<T>(...refs);
}
