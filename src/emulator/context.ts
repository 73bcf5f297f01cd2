import type { Database } from 'better-sqlite3';

import type { SimulationClock } from './clock/simulation-clock';
import type { SeedScale } from './db/seed';
import type { FaultInjector } from './faults';
import type { NonceStore } from './rpc/nonce-store';
import type { Throttle } from './rpc/throttle';

/** Everything a request handler may touch. */
export interface EmulatorContext {
  db: Database;
  clock: SimulationClock;
  accessKeys: Readonly<Record<string, string>>;
  reportUsers: Readonly<Record<string, string>>;
  iotInstanceIds: ReadonlySet<string>;
  faults: FaultInjector;
  throttle: Throttle;
  nonces: NonceStore;
  reportTokenTtlMs: number;
  scale: SeedScale;
  dataDir: string;
  /** Signed RPC calls that reached an Action, by Action name, since the last reset. */
  rpcCalls: Map<string, number>;
  /** Serve only the Actions the real API has (`--strict`). */
  strict: boolean;
}
