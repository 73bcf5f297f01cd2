import { describe, expect, it } from 'vitest';

import { narrowVendorImports } from './narrow-vendor-imports';

const resolve = (source: string, importer: string) => {
  const hook = narrowVendorImports().resolveId as (s: string, i?: string) => string | null;
  return hook(source, importer);
};
const core = '/repo/node_modules/@mantine/core/esm/components';

describe('narrowVendorImports', () => {
  it('gives ScrollArea the ref-merge stand-in instead of floating-ui', () => {
    expect(resolve('@floating-ui/react', `${core}/ScrollArea/ScrollArea.mjs`)).toMatch(
      /src\/app\/lib\/vendor\/merge-refs\.ts$/,
    );
  });

  it('gives the AppShell header the class names instead of the scroll lock', () => {
    expect(
      resolve('react-remove-scroll', `${core}/AppShell/AppShellHeader/AppShellHeader.mjs`),
    ).toMatch(/src\/app\/lib\/vendor\/remove-scroll-class-names\.ts$/);
  });

  it('leaves every other importer with the real library', () => {
    expect(resolve('@floating-ui/react', `${core}/Popover/use-popover.mjs`)).toBeNull();
    expect(resolve('react-remove-scroll', `${core}/ModalBase/ModalBase.mjs`)).toBeNull();
    expect(resolve('@floating-ui/react', undefined as unknown as string)).toBeNull();
  });
});
