import { constants } from 'node:zlib';

import { lingui } from '@lingui/vite-plugin';
import react from '@vitejs/plugin-react';
import { defineConfig } from 'vite';
import { compression, defineAlgorithm } from 'vite-plugin-compression2';

import { narrowVendorImports } from './scripts/vite/narrow-vendor-imports';
import { stripI18nSourceText } from './scripts/vite/strip-i18n-source-text';

const bffPort = process.env.PORT ?? '8080';

export default defineConfig({
  plugins: [
    react(),
    // Keeps floating-ui and the scroll lock off pages that only render tables and the console header.
    narrowVendorImports(),
    // The English beside each message id stays in the code for readers; the build keeps only the catalogs'.
    stripI18nSourceText(),
    // lingui: compiles the .po catalogs into small per-language chunks (and refuses broken messages).
    lingui({ failOnCompileError: true }),
    // gzip and Brotli copies next to each file, made once at build; the BFF sends them as they are.
    compression({
      algorithms: [
        defineAlgorithm('gzip', { level: 9 }),
        defineAlgorithm('brotliCompress', {
          params: { [constants.BROTLI_PARAM_QUALITY]: constants.BROTLI_MAX_QUALITY },
        }),
      ],
      include: /\.(js|css|html|svg|json)$/,
      exclude: /manifest\.json$/,
      threshold: 512,
      logLevel: 'silent',
    }),
  ],
  build: {
    outDir: 'dist',
    sourcemap: false,
    // The manifest tells the BFF which chunks each page needs (src/bff/static/app-shell.ts).
    manifest: true,
    rolldownOptions: {
      output: {
        codeSplitting: {
          // What the entry imports runs on every page: one chunk with it. Left alone, the bundler
          // split it into nine more scripts (the lazy pages share those modules), about 3.5 kB of
          // gzip framing and imports per page.
          groups: [
            { name: 'index', tags: ['$initial'] },
            // Mantine pieces nearly every page draws (titles, cards, badges, links, text fields):
            // one chunk instead of the seven the bundler made from their sharing, 2 kB gzip less
            // on the modules, tasks and audit pages (2.2 kB more on /products, which has no field).
            {
              name: 'ui-basics',
              test: /@mantine[\\/](core[\\/]esm[\\/]components[\\/](Title|Paper|Badge|Anchor|Input|InputBase|TextInput)[\\/]|hooks[\\/]esm[\\/]use-disclosure[\\/])/,
            },
            // The small modules the signed-in list pages share (queries, tables, times, search
            // state, pager, a few icons and hooks): one chunk instead of some twenty files of
            // 0.1-1 kB each. On the phone profile's slow link each file costs a round trip on one of
            // six connections; /products 24 -> 10 scripts, modules 31 -> 11, tasks 31 -> 13, and
            // fewer gzip bytes on each (their framing and cross-chunk imports).
            {
              name: 'console-common',
              test: /src[\\/]app[\\/](preferences[\\/]preferences-queries|lib[\\/](all-of|search-state|search-params|time[\\/](zoned-time|use-time-zone))|components[\\/](product-context|lazy-dialog|table|table-scroll|pager)\.|hooks[\\/](use-after-paint|use-search-state)|features[\\/](products[\\/]api[\\/]product-queries|ota-modules[\\/]api[\\/]ota-module-queries))|@mantine[\\/]hooks[\\/]esm[\\/](use-debounced-callback|use-callback-ref|use-merged-ref)[\\/]|@tabler[\\/].*Icon(ChevronDown|ChevronUp|Search|Lock|Selector)\.|role-name|notifications\.store|get-env/,
            },
          ],
        },
      },
    },
  },
  server: {
    port: Number(process.env.VITE_PORT ?? 5173),
    proxy: { '/api': `http://127.0.0.1:${bffPort}` },
  },
});
