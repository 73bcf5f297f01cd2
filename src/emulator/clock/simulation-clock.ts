import type { Database } from 'better-sqlite3';

import { getMeta, setMeta } from '../db/statements';

export type AdvanceFn = (db: Database, fromMs: number, toMs: number) => void;

/**
 * Simulated "now". Running, it follows the wall clock plus an offset; stopped, it stands still until
 * stepped. Each tick hands the elapsed simulated interval to `advance`, which moves the fleet.
 * State lives in `meta`, so a restart carries on where it left off.
 */
export class SimulationClock {
  private running: boolean;
  private offsetMs: number;
  private frozenAt: number;
  private lastAdvanced: number;
  private timer: NodeJS.Timeout | null = null;

  constructor(
    private readonly db: Database,
    private readonly advance: AdvanceFn,
    private readonly tickMs = 1000,
  ) {
    const anchor = Number(getMeta(db, 'anchor') ?? Date.now());
    this.running = (getMeta(db, 'clock_running') ?? '1') === '1';
    this.offsetMs = Number(getMeta(db, 'clock_offset') ?? 0);
    this.frozenAt = Number(getMeta(db, 'clock_frozen') ?? anchor);
    this.lastAdvanced = Number(getMeta(db, 'clock_last') ?? anchor);
  }

  now(): number {
    return this.running ? Date.now() + this.offsetMs : this.frozenAt;
  }

  isRunning(): boolean {
    return this.running;
  }

  /** Starts the background ticks (not needed while stopped, but harmless). */
  startTimer(): void {
    if (this.timer) return;
    this.timer = setInterval(() => {
      if (this.running) this.tick();
    }, this.tickMs);
    this.timer.unref();
  }

  stopTimer(): void {
    if (this.timer) clearInterval(this.timer);
    this.timer = null;
  }

  stop(): void {
    if (!this.running) return;
    this.tick();
    this.frozenAt = this.now();
    this.running = false;
    this.persist();
  }

  start(): void {
    if (this.running) return;
    this.offsetMs = this.frozenAt - Date.now();
    this.running = true;
    this.persist();
  }

  step(seconds: number): void {
    if (this.running) this.offsetMs += seconds * 1000;
    else this.frozenAt += seconds * 1000;
    this.tick();
  }

  /** After a reseed: simulated now becomes the seed's anchor. */
  resetTo(anchorMs: number, running: boolean): void {
    this.running = running;
    this.offsetMs = anchorMs - Date.now();
    this.frozenAt = anchorMs;
    this.lastAdvanced = anchorMs;
    this.persist();
  }

  tick(): void {
    const to = this.now();
    if (to > this.lastAdvanced) {
      const from = this.lastAdvanced;
      this.db.transaction(() => this.advance(this.db, from, to))();
      this.lastAdvanced = to;
    }
    this.persist();
  }

  private persist(): void {
    setMeta(this.db, 'clock_running', this.running ? '1' : '0');
    setMeta(this.db, 'clock_offset', String(this.offsetMs));
    setMeta(this.db, 'clock_frozen', String(this.frozenAt));
    setMeta(this.db, 'clock_last', String(this.lastAdvanced));
  }
}
