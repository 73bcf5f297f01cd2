import { describe, expect, it } from 'vitest';

import { type AppError } from '../errors';
import { bucketFor, TokenBucket } from './rate-limiter';

describe('per-AccessKeyId upstream limiter', () => {
  it('lets a burst of 10 through, then spaces calls so no second holds more than 10', () => {
    const bucket = new TokenBucket({ ratePerSecond: 10, burst: 10, maxWaitMs: 60_000 });
    const starts: number[] = [];
    for (let i = 0; i < 45; i++) {
      const wait = bucket.waitFor(0);
      void bucket.take(0).catch(() => undefined);
      starts.push(wait);
    }
    expect(starts.slice(0, 10).every((w) => w === 0)).toBe(true);
    for (const at of starts) {
      expect(starts.filter((other) => other > at - 1000 && other <= at).length).toBeLessThanOrEqual(
        10,
      );
    }
  });

  it('answers 429 with Retry-After when the queue is longer than the wait allowed', async () => {
    const bucket = new TokenBucket({ ratePerSecond: 10, burst: 10, maxWaitMs: 1500 });
    const outcomes = await Promise.allSettled(Array.from({ length: 30 }, () => bucket.take()));
    const refused = outcomes.filter((o) => o.status === 'rejected');
    expect(outcomes.filter((o) => o.status === 'fulfilled')).toHaveLength(20);
    expect(refused).toHaveLength(10);
    const error = (refused[0] as PromiseRejectedResult).reason as AppError;
    expect(error.statusCode).toBe(429);
    expect(error.extra.retryAfterSeconds).toBeGreaterThanOrEqual(1);
  });

  it('is shared by every client using the same AccessKeyId', () => {
    expect(bucketFor('key-a')).toBe(bucketFor('key-a'));
    expect(bucketFor('key-a')).not.toBe(bucketFor('key-b'));
  });
});
