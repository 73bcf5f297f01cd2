/** Options of one retried operation. */
export interface RetryOptions {
  /** Total attempts, the first included. */
  attempts: number;
  /** Whether this failure may pass on another attempt. */
  retryable: (error: unknown) => boolean;
  /** Base of the exponential backoff (ms): attempt n waits up to `baseMs × 2^n`. */
  baseMs?: number;
  /** Stops retrying once aborted (the caller went away). */
  signal?: AbortSignal;
  /** Told of each failure and whether another attempt follows (for logs). */
  onFailure?: (error: unknown, attempt: number, retry: boolean) => void;
}

const RETRY_BASE_MS = 100;

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

/**
 * Runs `operation` until it succeeds, fails for good or runs out of attempts, waiting a random
 * time between attempts ("full jitter"), so a throttled burst does not come back in lockstep.
 * The one retry loop of the BFF: the IoT client and the report client both use it.
 */
export async function withRetries<T>(
  operation: (attempt: number) => Promise<T>,
  options: RetryOptions,
): Promise<T> {
  const base = options.baseMs ?? RETRY_BASE_MS;
  for (let attempt = 1; ; attempt++) {
    try {
      return await operation(attempt);
    } catch (error) {
      const retry =
        attempt < options.attempts && !options.signal?.aborted && options.retryable(error);
      options.onFailure?.(error, attempt, retry);
      if (!retry) throw error;
      await sleep(Math.random() * base * 2 ** attempt);
    }
  }
}
