/** Fault injection for resilience tests (`POST /__emulator/faults`). Counters are "next N calls". */
export interface FaultSettings {
  throttle: number;
  latencyMs: number;
  status5xx: number;
  malformedJson: number;
  reset: number;
  /** Which traffic the faults hit: the RPC API (default), the report API, or both. */
  scope: 'rpc' | 'report' | 'all';
}

export type Fault = 'throttle' | 'status5xx' | 'malformedJson' | 'reset';

const EMPTY: FaultSettings = {
  throttle: 0,
  latencyMs: 0,
  status5xx: 0,
  malformedJson: 0,
  reset: 0,
  scope: 'rpc',
};

export class FaultInjector {
  private settings: FaultSettings = { ...EMPTY };

  set(patch: Partial<FaultSettings>): FaultSettings {
    this.settings = { ...this.settings, ...patch };
    return this.current();
  }

  clear(): void {
    this.settings = { ...EMPTY };
  }

  current(): FaultSettings {
    return { ...this.settings };
  }

  latencyFor(api: 'rpc' | 'report'): number {
    return this.applies(api) ? this.settings.latencyMs : 0;
  }

  /** Takes one pending fault for this call, if any (order: reset, 5xx, malformed JSON, throttle). */
  take(api: 'rpc' | 'report'): Fault | null {
    if (!this.applies(api)) return null;
    for (const fault of ['reset', 'status5xx', 'malformedJson', 'throttle'] as const) {
      if (this.settings[fault] > 0) {
        this.settings[fault] -= 1;
        return fault;
      }
    }
    return null;
  }

  private applies(api: 'rpc' | 'report'): boolean {
    return this.settings.scope === 'all' || this.settings.scope === api;
  }
}
