import { readFileSync } from 'node:fs';

import { describe, expect, it } from 'vitest';

import { BFF_NODE_FLAGS } from './bff-node-flags';

describe('the BFF memory setting', () => {
  it('is what `npm start` runs the BFF with', () => {
    const pkg = JSON.parse(readFileSync(new URL('../package.json', import.meta.url), 'utf8')) as {
      scripts: Record<string, string>;
    };
    expect(pkg.scripts.start).toContain(`tsx ${BFF_NODE_FLAGS.join(' ')} scripts/start.ts`);
  });
});
