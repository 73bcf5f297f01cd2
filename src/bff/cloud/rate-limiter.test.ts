import { afterEach, describe, expect, it, vi } from 'vitest';

import { type AppError } from '../errors';
import { IotClient } from './iot-client';
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

  describe('per-call max wait', () => {
    afterEach(() => {
      vi.useRealTimers();
    });

    /** Whether no window of `windowMs` holds more than `limit` of the start times. */
    const withinLimit = (starts: number[], limit: number, windowMs = 1_100) =>
      starts.every((at) => starts.filter((t) => t >= at && t < at + windowMs).length <= limit);

    it('lets a call wait longer than the default instead of being refused, in the same queue', async () => {
      vi.useFakeTimers();
      const bucket = new TokenBucket({ ratePerSecond: 10, burst: 10, maxWaitMs: 1500 });
      const waits: number[] = [];
      const taken = Promise.allSettled(
        Array.from({ length: 50 }, () => {
          waits.push(bucket.waitFor(0, 120_000));
          return bucket.take(0, 120_000);
        }),
      );
      await vi.runAllTimersAsync();
      const outcomes = await taken;
      expect(outcomes.every((o) => o.status === 'fulfilled')).toBe(true);
      expect(Math.max(...waits)).toBeGreaterThan(1500);
      // Patient calls use 8 of the 10 slots of each window (50 calls: 7 windows).
      expect(withinLimit(waits, 8)).toBe(true);
      expect(Math.max(...waits)).toBe(6 * 1_100);

      // The override is per call: one with the default wait is still refused when its turn is far.
      const refused = new TokenBucket({ ratePerSecond: 10, burst: 10, maxWaitMs: 1500 });
      for (let i = 0; i < 20; i++) void refused.take(0).catch(() => undefined);
      await expect(refused.take(0)).rejects.toMatchObject({ statusCode: 429 });
      expect(refused.waitFor(0, 120_000)).toBe(2_200);
      await vi.runAllTimersAsync();
    });

    it('leaves fail-fast calls room in each window while a long batch waits', async () => {
      vi.useFakeTimers();
      const bucket = new TokenBucket({ ratePerSecond: 10, burst: 10, maxWaitMs: 2000 });
      const starts: number[] = [];
      const book = (maxWaitMs?: number) => {
        starts.push(bucket.waitFor(0, maxWaitMs));
        return bucket.take(0, maxWaitMs);
      };
      const batch = Array.from({ length: 80 }, () => book(120_000));
      // A page load arriving behind 80 queued batch calls (some 11 s of work) still goes at once.
      const interactive = Array.from({ length: 2 }, () => book());
      expect(starts.slice(-2)).toEqual([0, 0]);
      // The next ones take the headroom of the following windows, within the default wait.
      const later = Array.from({ length: 2 }, () => book());
      expect(starts.slice(-2)).toEqual([1_100, 1_100]);
      expect(withinLimit(starts, 10)).toBe(true);
      await vi.runAllTimersAsync();
      const outcomes = await Promise.allSettled([...batch, ...interactive, ...later]);
      expect(outcomes.every((o) => o.status === 'fulfilled')).toBe(true);
    });
  });

  it('gets each IotClient call’s own max wait (default: the bucket’s)', async () => {
    const bucket = new TokenBucket({ ratePerSecond: 10, burst: 10, maxWaitMs: 1500 });
    const asked: Array<number | undefined> = [];
    // Refuse every call at the limiter, so nothing goes upstream.
    vi.spyOn(bucket, 'take').mockImplementation(async (_now, maxWaitMs) => {
      asked.push(maxWaitMs);
      throw new Error('refused');
    });
    const client = new IotClient(
      {
        endpoint: 'http://127.0.0.1:9',
        accessKeyId: 'key',
        accessKeySecret: 'secret',
        timeoutMs: 100,
        taskListing: 'per-job',
        readCacheMs: 0,
      },
      bucket,
    );
    await expect(client.call('ListOTAFirmware', {})).rejects.toThrow('refused');
    const cancel = { ProductKey: 'p', FirmwareId: 'f', DeviceName: ['d'] };
    await expect(
      client.call('CancelOTATaskByDevice', cancel, { maxQueueWaitMs: 120_000 }),
    ).rejects.toThrow('refused');
    expect(asked).toEqual([undefined, 120_000]);
  });

  it('is shared by every client using the same AccessKeyId', () => {
    expect(bucketFor('key-a')).toBe(bucketFor('key-a'));
    expect(bucketFor('key-a')).not.toBe(bucketFor('key-b'));
  });
});
