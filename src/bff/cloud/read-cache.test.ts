import { describe, expect, it } from 'vitest';

import { ReadCache } from './read-cache';

const deferred = <T>() => {
  let resolve!: (value: T) => void;
  let reject!: (error: unknown) => void;
  const promise = new Promise<T>((res, rej) => {
    resolve = res;
    reject = rej;
  });
  return { promise, resolve, reject };
};

describe('ReadCache', () => {
  it('makes identical reads in flight once and keeps the answer for its time', async () => {
    const cache = new ReadCache(60_000);
    let loads = 0;
    const gate = deferred<string>();
    const load = () => {
      loads += 1;
      return gate.promise;
    };
    const reads = Array.from({ length: 10 }, () => cache.read('products/1/20', load));
    gate.resolve('page');
    expect(await Promise.all(reads)).toEqual(Array(10).fill('page'));
    expect(await cache.read('products/1/20', load)).toBe('page');
    expect(loads).toBe(1);
    expect(cache.hits).toBe(10);
  });

  it('forgets a prefix on invalidation, even a read still in flight', async () => {
    const cache = new ReadCache(60_000);
    let n = 0;
    const load = async () => ++n;
    expect(await cache.read('modules/a', load)).toBe(1);
    expect(await cache.read('modules/b', load)).toBe(2);
    cache.invalidate('modules/a');
    expect(await cache.read('modules/a', load)).toBe(3);
    expect(await cache.read('modules/b', load)).toBe(2);

    const gate = deferred<number>();
    const inFlight = cache.read('tasks/fw/1', () => gate.promise);
    cache.invalidate('tasks/fw');
    gate.resolve(99);
    expect(await inFlight).toBe(99);
    expect(await cache.read('tasks/fw/1', load)).toBe(4);
  });

  it('never keeps a failure, and with no time to keep it is single-flight only', async () => {
    const cache = new ReadCache(0);
    await expect(cache.read('x', () => Promise.reject(new Error('down')))).rejects.toThrow('down');
    let n = 0;
    const load = async () => ++n;
    const [a, b] = await Promise.all([cache.read('x', load), cache.read('x', load)]);
    expect([a, b]).toEqual([1, 1]);
    expect(await cache.read('x', load)).toBe(2);
  });
});
