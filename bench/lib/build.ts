import path from 'node:path';
import { fileURLToPath } from 'node:url';

import { build } from 'vite';

const ROOT = fileURLToPath(new URL('../..', import.meta.url));

/** Builds the console (the repo's vite.config.ts) into `outDir`, leaving ./dist alone. */
export async function buildConsole(outDir: string): Promise<void> {
  await build({
    configFile: path.join(ROOT, 'vite.config.ts'),
    root: ROOT,
    logLevel: 'warn',
    build: { outDir, emptyOutDir: true },
  });
}

/** Builds the floor app (bench/floor-app) with the same Vite into `outDir`. */
export async function buildFloor(outDir: string): Promise<void> {
  await build({
    configFile: path.join(ROOT, 'bench/floor-app/vite.config.ts'),
    logLevel: 'warn',
    build: { outDir, emptyOutDir: true },
  });
}
