interface Entry {
  value: Promise<unknown>;
  /** When the value arrived (absent while in flight). */
  settledAt?: number;
  /** Bumped by invalidation: a read that started before it must not fill the cache. */
  generation: number;
  ttlMs: number;
}

/**
 * Identical reads share one upstream call while in flight (single-flight) and its answer for
 * `ttlMs` after it. Keys are `/`-separated paths (`modules/a1B2`), so a write invalidates
 * everything under a prefix (`tasks/fw-1`). Failures are never kept.
 */
export class ReadCache {
  private readonly entries = new Map<string, Entry>();
  private generation = 0;
  /** How many reads were answered without an upstream call (for logs and tests). */
  hits = 0;

  constructor(private readonly ttlMs: number) {}

  read<T>(key: string, load: () => Promise<T>, ttlMs = this.ttlMs): Promise<T> {
    const now = Date.now();
    const known = this.entries.get(key);
    if (known && (known.settledAt === undefined || now - known.settledAt < known.ttlMs)) {
      this.hits += 1;
      return known.value as Promise<T>;
    }
    const entry: Entry = { value: Promise.resolve(), generation: this.generation, ttlMs };
    entry.value = load().then(
      (value) => {
        if (this.entries.get(key) !== entry) return value;
        // Invalidated while in flight, or not meant to be kept: only the joined callers see it.
        if (ttlMs <= 0 || entry.generation !== this.generation) this.entries.delete(key);
        else entry.settledAt = Date.now();
        return value;
      },
      (error: unknown) => {
        if (this.entries.get(key) === entry) this.entries.delete(key);
        throw error;
      },
    );
    this.entries.set(key, entry);
    this.sweep(now);
    return entry.value as Promise<T>;
  }

  /** Forgets every key equal to `prefix` or under it (`prefix/…`); all keys without one. */
  invalidate(prefix?: string): void {
    this.generation += 1;
    for (const key of [...this.entries.keys()]) {
      if (prefix === undefined || key === prefix || key.startsWith(`${prefix}/`))
        this.entries.delete(key);
    }
  }

  private sweep(now: number) {
    if (this.entries.size < 500) return;
    for (const [key, entry] of this.entries) {
      if (entry.settledAt !== undefined && now - entry.settledAt >= entry.ttlMs)
        this.entries.delete(key);
    }
  }
}
