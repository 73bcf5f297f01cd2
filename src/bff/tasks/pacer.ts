/**
 * Spaces upstream calls so one AccessKeyId stays within the IoT Platform's per-account QPS
 * (10 for most OTA actions, shared by every RAM user of the account). Starts are counted over a
 * sliding window slightly longer than one second, with a little headroom for other traffic, so
 * network jitter cannot squeeze eleven arrivals into the cloud's one-second window.
 */
export interface PacerOptions {
  /** Calls allowed to start per window. */
  limit: number;
  windowMs: number;
  now?: () => number;
  sleep?: (ms: number) => Promise<void>;
}

const defaultSleep = (ms: number) => new Promise<void>((resolve) => setTimeout(resolve, ms));

export class Pacer {
  private starts: number[] = [];
  private queue: Promise<void> = Promise.resolve();
  private readonly now: () => number;
  private readonly sleep: (ms: number) => Promise<void>;

  constructor(private readonly options: PacerOptions) {
    this.now = options.now ?? Date.now;
    this.sleep = options.sleep ?? defaultSleep;
  }

  /** Resolves when the caller may start one call; callers are served first come, first served. */
  acquire(): Promise<void> {
    const turn = this.queue.then(() => this.waitForSlot());
    this.queue = turn.catch(() => undefined);
    return turn;
  }

  async run<T>(fn: () => Promise<T>): Promise<T> {
    await this.acquire();
    return fn();
  }

  private async waitForSlot(): Promise<void> {
    for (;;) {
      const now = this.now();
      this.starts = this.starts.filter((at) => at > now - this.options.windowMs);
      const oldest = this.starts[0];
      if (this.starts.length < this.options.limit || oldest === undefined) {
        this.starts.push(now);
        return;
      }
      await this.sleep(oldest + this.options.windowMs - now + 1);
    }
  }
}

/** 10 QPS per account, paced at 8 per 1.1 s: room for page loads and jitter. */
export const ACCOUNT_PACE: Pick<PacerOptions, 'limit' | 'windowMs'> = { limit: 8, windowMs: 1_100 };

const pacers = new Map<string, Pacer>();

/** The one pacer of an AccessKeyId in this process: every caller that shares the key shares it. */
export function pacerFor(accessKeyId: string): Pacer {
  let pacer = pacers.get(accessKeyId);
  if (!pacer) {
    pacer = new Pacer(ACCOUNT_PACE);
    pacers.set(accessKeyId, pacer);
  }
  return pacer;
}
