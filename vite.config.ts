import react from '@vitejs/plugin-react';
import { defineConfig } from 'vite';

const bffPort = process.env.PORT ?? '8080';

export default defineConfig({
  plugins: [react()],
  build: { outDir: 'dist', sourcemap: false },
  server: {
    port: Number(process.env.VITE_PORT ?? 5173),
    proxy: { '/api': `http://127.0.0.1:${bffPort}` },
  },
});
