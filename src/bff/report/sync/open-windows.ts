import type { OpenRecord } from '../store/report-store';

export interface OpenWindow {
  ids: string[];
  from: number;
  to: number;
}

const DAY = 86_400_000;

export interface WindowPolicy {
  /** Widest sendTime span of one window. */
  spanMs: number;
  /** Most ids in one window (the upstream's ids per query). */
  maxIds: number;
  /**
   * Superseded open records (a newer command exists for the device) are read again on every
   * `supersededEvery`-th refresh, by UTC day in rotation; 1 reads them on every refresh.
   */
  supersededEvery: number;
  /** Which refresh this is (rotates the superseded days). */
  refresh: number;
}

/** Whether this refresh reads an open record again. */
export function isDue(record: OpenRecord, policy: WindowPolicy): boolean {
  if (record.newest || policy.supersededEvery <= 1) return true;
  return (
    Math.floor(record.sentAt / DAY) % policy.supersededEvery ===
    policy.refresh % policy.supersededEvery
  );
}

/**
 * Groups open records (oldest first) into upstream queries: consecutive records share a window
 * while it spans at most `spanMs` and names at most `maxIds` devices. Each window asks only for
 * the devices that hold an open record in it, over exactly the span of those records.
 */
export class WindowPlanner {
  private current: { ids: Set<string>; from: number; to: number } | null = null;
  readonly windows: OpenWindow[] = [];

  constructor(private readonly policy: WindowPolicy) {}

  add(record: OpenRecord): void {
    if (!isDue(record, this.policy)) return;
    const c = this.current;
    if (
      c &&
      record.sentAt - c.from <= this.policy.spanMs &&
      (c.ids.has(record.terminalId) || c.ids.size < this.policy.maxIds)
    ) {
      c.ids.add(record.terminalId);
      c.to = record.sentAt;
      return;
    }
    this.flush();
    this.current = { ids: new Set([record.terminalId]), from: record.sentAt, to: record.sentAt };
  }

  flush(): void {
    if (this.current)
      this.windows.push({
        ids: [...this.current.ids].sort(),
        from: this.current.from,
        to: this.current.to,
      });
    this.current = null;
  }
}
