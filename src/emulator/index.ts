import { advanceFleet } from './clock/advance-fleet';
import { SimulationClock } from './clock/simulation-clock';
import type { EmulatorContext } from './context';
import { openDatabase } from './db/open-database';
import { FaultInjector } from './faults';
import { TIMESTAMP_WINDOW_MS } from './rpc/authenticate';
import { NonceStore } from './rpc/nonce-store';
import { Throttle } from './rpc/throttle';
import { buildServer } from './server';

export interface EmulatorOptions {
  host?: string;
  /** 0 = a free port. */
  port?: number;
  /** Folder for `emulator.sqlite`. */
  dataDir: string;
  /** AccessKeyId -> secret; default `{ 'demo-access-key-id': 'demo-access-key-secret' }`. */
  accessKeys?: Record<string, string>;
  /** Report-API username -> password; default `{ demo: 'demo' }`. */
  reportUsers?: Record<string, string>;
  /** Simulation clock; default running. */
  clock?: 'running' | 'stopped';
  /** Seed size; default demo. */
  scale?: 'demo' | 'large';
  logger?: boolean;
  /** Reseed even if the data folder already holds a database. */
  reset?: boolean;
  /** RPC calls per second per AccessKeyId before `Throttling.User`; default 10 (the cloud's); 0 = no limit. */
  qps?: number;
  /** IotInstanceId values the emulator knows; default `['iot-emulator-demo']`. */
  iotInstanceIds?: string[];
  /** Lifetime of report-API tokens; default 30 minutes. */
  reportTokenTtlMs?: number;
  /** Refuse the Actions only this emulator has (as the cloud refuses an unknown Action); default false. */
  strict?: boolean;
}

export interface RunningEmulator {
  /** http://127.0.0.1:PORT */
  url: string;
  port: number;
  close(): Promise<void>;
}

export const DEFAULT_ACCESS_KEYS = { 'demo-access-key-id': 'demo-access-key-secret' };
export const DEFAULT_REPORT_USERS = { demo: 'demo' };
export const DEFAULT_IOT_INSTANCE_ID = 'iot-emulator-demo';

export async function startEmulator(opts: EmulatorOptions): Promise<RunningEmulator> {
  const scale = opts.scale ?? 'demo';
  const db = openDatabase({
    dataDir: opts.dataDir,
    scale,
    reset: opts.reset ?? false,
    anchorMs: Date.now(),
  });
  const clock = new SimulationClock(db, advanceFleet);
  if (opts.clock === 'stopped') clock.stop();
  else clock.start();
  clock.tick();
  const ctx: EmulatorContext = {
    db,
    clock,
    accessKeys: opts.accessKeys ?? DEFAULT_ACCESS_KEYS,
    reportUsers: opts.reportUsers ?? DEFAULT_REPORT_USERS,
    iotInstanceIds: new Set(opts.iotInstanceIds ?? [DEFAULT_IOT_INSTANCE_ID]),
    faults: new FaultInjector(),
    throttle: new Throttle(opts.qps ?? 10),
    nonces: new NonceStore(2 * TIMESTAMP_WINDOW_MS),
    reportTokenTtlMs: opts.reportTokenTtlMs ?? 30 * 60_000,
    scale,
    dataDir: opts.dataDir,
    rpcCalls: new Map(),
    strict: opts.strict ?? false,
  };
  const app = buildServer(ctx, opts.logger ?? false);
  const host = opts.host ?? '127.0.0.1';
  await app.listen({ host, port: opts.port ?? 0 });
  const address = app.server.address();
  const port = typeof address === 'object' && address ? address.port : (opts.port ?? 0);
  clock.startTimer();
  let closed = false;
  return {
    url: `http://${host === '0.0.0.0' ? '127.0.0.1' : host}:${port}`,
    port,
    async close() {
      if (closed) return;
      closed = true;
      clock.stopTimer();
      await app.close();
      db.close();
    },
  };
}
