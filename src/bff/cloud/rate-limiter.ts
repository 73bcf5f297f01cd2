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
 * A call whose turn is more than its max wait away is refused without being queued.
 *
 * The max wait is `options.maxWaitMs` (fail fast, for interactive calls) unless the call brings a
 * longer one of its own (batch work: a cancel of thousands of devices). Such patient calls share
 * the same queue but may book only four fifths of each window (8 of 10), so a page load arriving
 * behind a long batch still finds a slot within the default wait instead of a 429. Calls of each
 * kind are served first come, first served; a fail-fast call may take a slot ahead of patient
 * calls that queued earlier.
 */
export class TokenBucket {
  /** Booked start times of every call, ascending. */
  private starts: number[] = [];
  /** Booked start times of the patient (batch) calls, ascending: a subset of `starts`. */
  private patientStarts: number[] = [];
  private readonly perWindow: number;
  private readonly patientPerWindow: number;
  private readonly windowMs: number;

  constructor(readonly options: TokenBucketOptions = DEFAULT_BUCKET) {
    const rate = Math.max(0.1, options.ratePerSecond);
    this.perWindow = Math.max(1, Math.min(Math.floor(options.burst), Math.ceil(rate)));
    // Patient calls leave a fifth of each window (2 of 10) to fail-fast calls.
    this.patientPerWindow = Math.max(1, this.perWindow - Math.ceil(this.perWindow / 5));
    // perWindow calls per windowMs never exceeds `rate` calls per second.
    this.windowMs = Math.max(WINDOW_MS, (this.perWindow / rate) * 1000 * (WINDOW_MS / 1000));
  }

  /** How long a call taken now with this max wait would wait (ms). */
  waitFor(now = Date.now(), maxWaitMs = this.options.maxWaitMs): number {
    this.prune(now);
    return this.slotFor(now, this.isPatient(maxWaitMs)) - now;
  }

  /**
   * Resolves when the call may go; throws a 429 AppError (with Retry-After) when its turn is more
   * than `maxWaitMs` away (default: the bucket's `maxWaitMs`).
   */
  async take(now = Date.now(), maxWaitMs = this.options.maxWaitMs): Promise<void> {
    const patient = this.isPatient(maxWaitMs);
    this.prune(now);
    const at = this.slotFor(now, patient);
    const waitMs = at - now;
    if (waitMs > maxWaitMs) {
      throw new AppError(
        429,
        bffErrorCodes.rateLimited,
        'Too many calls to the IoT platform right now; try again shortly',
        { retryAfterSeconds: Math.max(1, Math.ceil(waitMs / 1000)) },
      );
    }
    insertSorted(this.starts, at);
    if (patient) insertSorted(this.patientStarts, at);
    if (waitMs > 0) await sleep(waitMs);
  }

  private isPatient(maxWaitMs: number): boolean {
    return maxWaitMs > this.options.maxWaitMs;
  }

  /**
   * The earliest start at or after `now` that keeps every window within its limits. A start can
   * only become possible at `now` or when an earlier booked start leaves its window, so those are
   * the only candidates; the one after the last booking always fits.
   */
  private slotFor(now: number, patient: boolean): number {
    const candidates = [now];
    for (const start of this.starts)
      if (start + this.windowMs > now) candidates.push(start + this.windowMs);
    for (const at of candidates) {
      if (!this.fits(this.starts, at, this.perWindow)) continue;
      if (patient && !this.fits(this.patientStarts, at, this.patientPerWindow)) continue;
      return at;
    }
    return candidates[candidates.length - 1]!;
  }

  /** Whether adding a start at `at` keeps every window of `sorted` within `limit` starts. */
  private fits(sorted: readonly number[], at: number, limit: number): boolean {
    const near = sorted.slice(
      lowerBound(sorted, at - this.windowMs, true),
      lowerBound(sorted, at + this.windowMs, false),
    );
    insertSorted(near, at);
    // limit + 1 consecutive starts spanning less than a window would share one.
    for (let i = 0; i + limit < near.length; i++) {
      if (near[i + limit]! - near[i]! < this.windowMs) return false;
    }
    return true;
  }

  private prune(now: number) {
    const keep = (starts: number[]) => starts.slice(lowerBound(starts, now - this.windowMs, true));
    this.starts = keep(this.starts);
    this.patientStarts = keep(this.patientStarts);
  }
}

/** Index of the first element greater than `value` (`strict`) or not less than it. */
function lowerBound(sorted: readonly number[], value: number, strict: boolean): number {
  let lo = 0;
  let hi = sorted.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (strict ? sorted[mid]! <= value : sorted[mid]! < value) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

function insertSorted(sorted: number[], value: number): void {
  sorted.splice(lowerBound(sorted, value, true), 0, value);
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
