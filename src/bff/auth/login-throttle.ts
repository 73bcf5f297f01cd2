/**
 * Sign-in throttling that slows a guesser without locking anyone out (OWASP ASVS V2.2.1):
 * - per username + client address: a few free failures, then each further attempt waits a delay
 *   that doubles with every failure (1 s, 2 s, 4 s… up to `maxDelayMs`). Other addresses are not
 *   affected, so the account's owner still gets in from their own machine.
 * - per client address, across usernames: the same growing delays after more free failures
 *   (one machine trying many accounts).
 * - per username, across addresses: a token bucket that caps failures at `ceiling.perHour` in any
 *   hour. Over it, attempts are spaced (a wait of seconds), never refused for long.
 * Every attempt is counted as a failure when it starts and refunded if it succeeds, so a parallel
 * burst cannot slip past the counts. State is in memory and bounded in size.
 */
export interface ThrottleSettings {
  /** Failures per username + address before delays start. */
  freeFailures: number;
  /** Failures per address (any username) before delays start. */
  addressFreeFailures: number;
  firstDelayMs: number;
  maxDelayMs: number;
  /** A key's failures are forgotten after this long without one. */
  forgetAfterMs: number;
  /** Per username: `burst` failures at once, at most `perHour` in any hour. */
  ceiling: { burst: number; perHour: number };
  /** Entries kept per kind of key (the oldest go first). */
  maxEntries: number;
}

export const DEFAULT_THROTTLE: ThrottleSettings = {
  freeFailures: 5,
  addressFreeFailures: 30,
  firstDelayMs: 1000,
  maxDelayMs: 15 * 60_000,
  forgetAfterMs: 60 * 60_000,
  ceiling: { burst: 20, perHour: 100 },
  maxEntries: 100_000,
};

interface Streak {
  failures: number;
  lastAt: number;
}

interface Bucket {
  tokens: number;
  at: number;
}

/** An attempt under way: it counts as failed unless `succeeded()` is called. */
export interface AttemptTicket {
  succeeded(): void;
}

export type ThrottleVerdict = { ok: true; ticket: AttemptTicket } | { ok: false; waitMs: number };

/** Keeps at most `max` entries, dropping the least recently written. */
class BoundedMap<V> extends Map<string, V> {
  constructor(private readonly max: number) {
    super();
  }
  override set(key: string, value: V): this {
    super.delete(key);
    super.set(key, value);
    if (this.size > this.max) this.delete(this.keys().next().value as string);
    return this;
  }
}

export class LoginThrottle {
  private readonly pairs: BoundedMap<Streak>;
  private readonly addresses: BoundedMap<Streak>;
  private readonly users: BoundedMap<Bucket>;

  constructor(
    readonly settings: ThrottleSettings = DEFAULT_THROTTLE,
    private readonly now: () => number = Date.now,
  ) {
    this.pairs = new BoundedMap(settings.maxEntries);
    this.addresses = new BoundedMap(settings.maxEntries);
    this.users = new BoundedMap(settings.maxEntries);
  }

  /** Asks to try a password for `username` from `address`; refused attempts are not counted. */
  begin(username: string, address: string): ThrottleVerdict {
    const now = this.now();
    const user = normaliseUsername(username);
    const pairKey = `${user}\n${address}`;
    const pair = this.streak(this.pairs, pairKey, now);
    const byAddress = this.streak(this.addresses, address, now);
    const bucket = this.bucket(user, now);
    const s = this.settings;
    const refillPerMs = this.refillPerMs();

    const waitMs = Math.max(
      this.waitOf(pair, s.freeFailures, now),
      this.waitOf(byAddress, s.addressFreeFailures, now),
      bucket.tokens >= 1 ? 0 : Math.ceil((1 - bucket.tokens) / refillPerMs),
    );
    if (waitMs > 0) return { ok: false, waitMs };

    this.pairs.set(pairKey, { failures: (pair?.failures ?? 0) + 1, lastAt: now });
    this.addresses.set(address, { failures: (byAddress?.failures ?? 0) + 1, lastAt: now });
    this.users.set(user, { tokens: bucket.tokens - 1, at: now });

    let settled = false;
    return {
      ok: true,
      ticket: {
        succeeded: () => {
          if (settled) return;
          settled = true;
          // A right password clears this pair's streak and gives back what the attempt took.
          this.pairs.delete(pairKey);
          const counted = this.addresses.get(address);
          if (counted && counted.failures > 1)
            this.addresses.set(address, { ...counted, failures: counted.failures - 1 });
          else if (counted) this.addresses.delete(address);
          const current = this.bucket(user, this.now());
          this.users.set(user, {
            ...current,
            tokens: Math.min(s.ceiling.burst, current.tokens + 1),
          });
        },
      },
    };
  }

  private refillPerMs(): number {
    const { burst, perHour } = this.settings.ceiling;
    return Math.max(perHour - burst, 1) / 3_600_000;
  }

  private waitOf(streak: Streak | undefined, free: number, now: number): number {
    if (!streak || streak.failures < free) return 0;
    const delay = Math.min(
      this.settings.firstDelayMs * 2 ** Math.min(streak.failures - free, 30),
      this.settings.maxDelayMs,
    );
    return Math.max(0, streak.lastAt + delay - now);
  }

  private streak(map: BoundedMap<Streak>, key: string, now: number): Streak | undefined {
    const streak = map.get(key);
    if (streak && now - streak.lastAt > this.settings.forgetAfterMs) {
      map.delete(key);
      return undefined;
    }
    return streak;
  }

  private bucket(user: string, now: number): Bucket {
    const { burst } = this.settings.ceiling;
    const bucket = this.users.get(user) ?? { tokens: burst, at: now };
    const tokens = Math.min(burst, bucket.tokens + (now - bucket.at) * this.refillPerMs());
    return { tokens, at: now };
  }
}

export const normaliseUsername = (username: string) => username.trim().toLowerCase().slice(0, 128);
