import { bffErrorCodes } from '../../shared/contract/api-error';
import { AppError } from '../errors';

export interface TokenBucketOptions {
  /** Calls allowed to start per window (the cloud allows 10 per second for most OTA actions). */
  ratePerSecond: number;
  /** Calls allowed back to back; at most `ratePerSecond`. */
  burst: number;
  /** Longest a call may wait for its turn; beyond that it is refused with 429 at once. */
  maxWaitMs: number;
}

export const DEFAULT_BUCKET: TokenBucketOptions = { ratePerSecond: 10, burst: 10, maxWaitMs: 2000 };

/**
 * Headroom on the one-second window, so network jitter cannot land eleven calls in the cloud's
 * own sliding second.
 */
const WINDOW_MS = 1100;

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

/**
 * The per-AccessKeyId limiter in front of every upstream call. Each call books the earliest start
 * time at which no more than `burst` calls start within any window (a token bucket that refills
 * one token per slot, checked exactly over a sliding window, which is how the cloud counts).
 * Waiting calls are served first come, first served; a call whose turn is more than `maxWaitMs`
 * away is refused without being queued.
 */
export class TokenBucket {
  private starts: number[] = [];
  private readonly perWindow: number;
  private readonly windowMs: number;

  constructor(readonly options: TokenBucketOptions = DEFAULT_BUCKET) {
    const rate = Math.max(0.1, options.ratePerSecond);
    this.perWindow = Math.max(1, Math.min(Math.floor(options.burst), Math.ceil(rate)));
    // perWindow calls per windowMs never exceeds `rate` calls per second.
    this.windowMs = Math.max(WINDOW_MS, (this.perWindow / rate) * 1000 * (WINDOW_MS / 1000));
  }

  /** How long a call taken now would wait (ms). */
  waitFor(now = Date.now()): number {
    this.prune(now);
    const blocking = this.starts[this.starts.length - this.perWindow];
    return blocking === undefined ? 0 : Math.max(0, blocking + this.windowMs - now);
  }

  /** Resolves when the call may go; throws a 429 AppError (with Retry-After) when the queue is too long. */
  async take(now = Date.now()): Promise<void> {
    const waitMs = this.waitFor(now);
    if (waitMs > this.options.maxWaitMs) {
      throw new AppError(
        429,
        bffErrorCodes.rateLimited,
        'Too many calls to the IoT platform right now; try again shortly',
        { retryAfterSeconds: Math.max(1, Math.ceil(waitMs / 1000)) },
      );
    }
    this.starts.push(now + waitMs);
    if (waitMs > 0) await sleep(waitMs);
  }

  private prune(now: number) {
    let drop = 0;
    while (drop < this.starts.length && this.starts[drop]! <= now - this.windowMs) drop++;
    if (drop > 0) this.starts = this.starts.slice(drop);
  }
}

/** One limiter per AccessKeyId, shared by every client in this process that signs with that key. */
const buckets = new Map<string, TokenBucket>();

export function bucketFor(
  accessKeyId: string,
  options: TokenBucketOptions = DEFAULT_BUCKET,
): TokenBucket {
  const key = `${accessKeyId}\n${options.ratePerSecond}/${options.burst}/${options.maxWaitMs}`;
  let bucket = buckets.get(key);
  if (!bucket) {
    bucket = new TokenBucket(options);
    buckets.set(key, bucket);
  }
  return bucket;
}
