import './table';

import { readFileSync } from 'node:fs';

import type { FastifyInstance } from 'fastify';
import fp from 'fastify-plugin';

import type { TerminalMatchRule } from '../../shared/contract/directory';
import { Directory } from './directory';
import { DirectoryStore } from './directory-store';
import { applyPlan, planImport } from './import-plan';

declare module 'fastify' {
  interface FastifyInstance {
    /** Device ↔ report terminal directory (src/bff/directory). */
    directory: Directory;
  }
}

/** The demo's mapping of the emulator's devices to its report terminals (see README). */
export const DEMO_DIRECTORY_FILE = new URL('./demo-directory.csv', import.meta.url);

export interface DirectoryPluginOptions {
  rule: TerminalMatchRule;
  /** Demo mode: fill an empty directory from DEMO_DIRECTORY_FILE, through the import path. */
  seedDemo: boolean;
}

export const directoryPlugin = fp(
  async (app: FastifyInstance, options: DirectoryPluginOptions) => {
    const store = new DirectoryStore(app.db);
    if (options.seedDemo && (await store.size()) === 0) {
      const plan = await planImport(readFileSync(DEMO_DIRECTORY_FILE, 'utf8'), store);
      await applyPlan(plan, store, 'demo');
    }
    app.decorate('directory', new Directory(store, options.rule));
  },
  { name: 'directory', dependencies: ['db'] },
);
