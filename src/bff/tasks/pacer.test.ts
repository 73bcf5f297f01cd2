import { describe, expect, it } from 'vitest';

import { Pacer } from './pacer';

/** A clock that only moves when the pacer sleeps. */
function fakeClock() {
  let now = 0;
  return {
    now: () => now,
    sleep: async (ms: number) => {
      now += ms;
    },
  };
}

describe('Pacer', () => {
  it('starts at most `limit` calls in any window, first come first served', async () => {
    const clock = fakeClock();
    const pacer = new Pacer({ limit: 8, windowMs: 1_100, ...clock });
    const starts: Array<[number, number]> = [];
    await Promise.all(
      Array.from({ length: 30 }, (_, i) =>
        pacer.run(async () => void starts.push([i, clock.now()])),
      ),
    );
    expect(starts.map(([i]) => i)).toEqual(Array.from({ length: 30 }, (_, i) => i));
    for (const [, at] of starts) {
      expect(
        starts.filter(([, other]) => other >= at && other < at + 1_100).length,
      ).toBeLessThanOrEqual(8);
    }
    // 30 calls at 8 per 1.1 s need four windows.
    expect(starts.at(-1)![1]).toBeGreaterThanOrEqual(3 * 1_100);
  });

  it('lets a failed call free its turn for the next caller', async () => {
    const pacer = new Pacer({ limit: 2, windowMs: 1_000, ...fakeClock() });
    await expect(pacer.run(async () => Promise.reject(new Error('boom')))).rejects.toThrow('boom');
    await expect(pacer.run(async () => 'next')).resolves.toBe('next');
  });
});
