import { lingui } from '@lingui/vite-plugin';
import react from '@vitejs/plugin-react';
import { defineConfig } from 'vite';

const bffPort = process.env.PORT ?? '8080';

export default defineConfig({
  // lingui: compiles the .po catalogs into small per-language chunks (and refuses broken messages).
  plugins: [react(), lingui({ failOnCompileError: true })],
  build: { outDir: 'dist', sourcemap: false },
  server: {
    port: Number(process.env.VITE_PORT ?? 5173),
    proxy: { '/api': `http://127.0.0.1:${bffPort}` },
  },
});
