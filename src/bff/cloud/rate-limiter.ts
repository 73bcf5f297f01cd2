import { bffErrorCodes } from '../../shared/contract/api-error';
import { AppError } from '../errors';

export interface TokenBucketOptions {
  /** Sustained calls per second. */
  ratePerSecond: number;
  /** Calls allowed back to back after a quiet spell. */
  burst: number;
  /** Longest a call may wait for its turn; beyond that it is refused with 429 at once. */
  maxWaitMs: number;
}

export const DEFAULT_BUCKET: TokenBucketOptions = { ratePerSecond: 10, burst: 10, maxWaitMs: 2000 };

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

/**
 * A token bucket kept as a "theoretical arrival time" (GCRA): each call books the next free slot,
 * so waiting calls are served first come, first served, and a call whose slot is too far away is
 * refused without being queued.
 */
export class TokenBucket {
  private nextFreeAt = 0;
  private readonly intervalMs: number;
  private readonly toleranceMs: number;

  constructor(readonly options: TokenBucketOptions = DEFAULT_BUCKET) {
    this.intervalMs = 1000 / options.ratePerSecond;
    this.toleranceMs = this.intervalMs * (Math.max(1, options.burst) - 1);
  }

  /** Resolves when the call may go; throws a 429 AppError (with Retry-After) when the queue is too long. */
  async take(now = Date.now()): Promise<void> {
    const base = Math.max(this.nextFreeAt, now);
    const startAt = base - this.toleranceMs;
    const waitMs = Math.max(0, startAt - now);
    if (waitMs > this.options.maxWaitMs) {
      throw new AppError(
        429,
        bffErrorCodes.rateLimited,
        'Too many calls to the IoT platform right now; try again shortly',
        { retryAfterSeconds: Math.max(1, Math.ceil(waitMs / 1000)) },
      );
    }
    this.nextFreeAt = base + this.intervalMs;
    if (waitMs > 0) await sleep(waitMs);
  }
}

/** One bucket per AccessKeyId, shared by every client in this process that signs with that key. */
const buckets = new Map<string, TokenBucket>();

export function bucketFor(accessKeyId: string, options: TokenBucketOptions = DEFAULT_BUCKET): TokenBucket {
  const key = `${accessKeyId}\n${options.ratePerSecond}/${options.burst}/${options.maxWaitMs}`;
  let bucket = buckets.get(key);
  if (!bucket) {
    bucket = new TokenBucket(options);
    buckets.set(key, bucket);
  }
  return bucket;
}
