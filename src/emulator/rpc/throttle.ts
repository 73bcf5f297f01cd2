/** Per-AccessKeyId flow control over a sliding one-second window; excess calls are refused, not queued. */
export class Throttle {
  private readonly recent = new Map<string, number[]>();

  constructor(public limitPerSecond: number) {}

  allow(accessKeyId: string, now = Date.now()): boolean {
    if (this.limitPerSecond <= 0) return true;
    const times = (this.recent.get(accessKeyId) ?? []).filter((at) => at > now - 1000);
    const allowed = times.length < this.limitPerSecond;
    if (allowed) times.push(now);
    this.recent.set(accessKeyId, times);
    return allowed;
  }

  clear(): void {
    this.recent.clear();
  }
}
