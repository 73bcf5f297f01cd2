/** Remembers SignatureNonce values per AccessKeyId for as long as a timestamp could still be accepted. */
export class NonceStore {
  private readonly seen = new Map<string, number>();

  constructor(private readonly ttlMs: number) {}

  /** Records the nonce; false when it was already used inside the window. */
  use(accessKeyId: string, nonce: string, now = Date.now()): boolean {
    const key = `${accessKeyId}\n${nonce}`;
    const expires = this.seen.get(key);
    if (expires !== undefined && expires > now) return false;
    if (this.seen.size > 50_000) this.prune(now);
    this.seen.set(key, now + this.ttlMs);
    return true;
  }

  has(accessKeyId: string, nonce: string, now = Date.now()): boolean {
    const expires = this.seen.get(`${accessKeyId}\n${nonce}`);
    return expires !== undefined && expires > now;
  }

  clear(): void {
    this.seen.clear();
  }

  private prune(now: number): void {
    for (const [key, expires] of this.seen) if (expires <= now) this.seen.delete(key);
  }
}
