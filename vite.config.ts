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
  // The manifest tells the BFF which chunks each page needs (src/bff/static/app-shell.ts).
  build: { outDir: 'dist', sourcemap: false, manifest: true },
  server: {
    port: Number(process.env.VITE_PORT ?? 5173),
    proxy: { '/api': `http://127.0.0.1:${bffPort}` },
  },
});
