import { fileURLToPath } from 'node:url';

import type { Plugin } from 'vite';

const shim = (file: string) =>
  fileURLToPath(new URL(`../../src/app/lib/vendor/${file}`, import.meta.url));

/**
 * Imports inside libraries that use one small piece of a big module. The bundler splits chunks by
 * which modules import which, not by what they use, so such an import makes every page that renders
 * the importer load the whole module (all of floating-ui under each table, the scroll lock under the
 * console header). Here those importers get a small stand-in with the same behaviour; every other
 * importer (popovers, menus, modals) still gets the real library.
 */
const NARROWED: Array<{ importer: RegExp; source: string; replacement: string }> = [
  {
    importer: /@mantine\/core\/esm\/components\/ScrollArea\/ScrollArea\.mjs$/,
    source: '@floating-ui/react',
    replacement: shim('merge-refs.ts'),
  },
  {
    importer:
      /@mantine\/core\/esm\/components\/AppShell\/AppShell(Header|Footer|Aside)\/[^/]+\.mjs$/,
    source: 'react-remove-scroll',
    replacement: shim('remove-scroll-class-names.ts'),
  },
];

export function narrowVendorImports(): Plugin {
  return {
    name: 'narrow-vendor-imports',
    enforce: 'pre',
    resolveId(source, importer) {
      if (!importer) return null;
      const importerPath = importer.replaceAll('\\', '/');
      const hit = NARROWED.find((n) => n.source === source && n.importer.test(importerPath));
      return hit ? hit.replacement : null;
    },
  };
}
