import { spawnSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';

import { describe, expect, it } from 'vitest';

import { BFF_NODE_FLAGS } from '../../../scripts/bff-node-flags';

describe('directory import within the BFF’s bounded heap', () => {
  it('plans and applies the largest import the limits allow, and refuses too many lines, without running out of memory', () => {
    const fixture = fileURLToPath(new URL('./import-memory.fixture.ts', import.meta.url));
    const run = spawnSync(process.execPath, [...BFF_NODE_FLAGS, '--import', 'tsx', fixture], {
      encoding: 'utf8',
      timeout: 240_000,
    });
    expect(run.stderr.split('\n').slice(-12).join('\n')).not.toMatch(/heap out of memory/);
    expect(run.status, run.stderr.slice(-2_000)).toBe(0);
    expect(run.stdout).toMatch(/^ok /);
  }, 300_000);
});
