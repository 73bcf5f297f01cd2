/**
 * One bench server per process, so the load generator, the BFF and the emulator each get their own
 * event loop (as in production) and memory can be read per process. Started by bench/lib/children.ts
 * with IPC: `child.ts ROLE JSON-OPTIONS`; answers `{ type: 'ready', ... }`, then serves requests.
 */
import { kioskUrl } from '../../src/bff/kiosk/kiosk-links';
import { startEmulator } from '../../src/emulator/index';
import { startBenchBff } from './bff';
import { handleReportBench, type ReportBenchRequest } from './report-bench';

export type ChildRole = 'emulator' | 'bff';

export interface ChildOptions {
  dataDir?: string;
  /** Records per report-API page (REPORT_PAGE_SIZE). */
  reportPageSize?: number;
  scale?: 'demo' | 'large';
  emulatorUrl?: string;
  staticDir?: string | null;
  kioskRefreshSeconds?: number;
  /**
   * The cloud's 10 calls/s quota, in the emulator and in the BFF's token bucket. Off by default: the
   * other suites measure the software, not the quota.
   */
  realQuota?: boolean;
}

export type ChildRequest =
  | { type: 'memory'; id: number }
  /** Closes every open connection to the BFF at once, as a network drop would (push streams too). */
  | { type: 'drop-connections'; id: number }
  | ReportBenchRequest;

const [role, raw] = process.argv.slice(2) as [ChildRole, string];
const options = JSON.parse(raw ?? '{}') as ChildOptions;

const send = (message: object) => process.send?.(message);

async function main() {
  if (role === 'emulator') {
    const emulator = await startEmulator({
      host: '127.0.0.1',
      port: 0,
      dataDir: options.dataDir!,
      scale: options.scale ?? 'demo',
      clock: 'stopped',
      // No flow control unless asked: most suites measure the software, not the cloud's quota.
      qps: options.realQuota ? undefined : 0,
    });
    send({ type: 'ready', url: emulator.url });
    return;
  }
  const bff = await startBenchBff(options);
  const { token } = bff.app.kioskLinks.issue({ label: 'Bench' });
  send({ type: 'ready', url: bff.url, kioskUrl: kioskUrl(bff.url, token) });
  process.on('message', (message: ChildRequest) => {
    void handle(bff, message).then(send, (error: unknown) =>
      send({ type: 'error', id: message.id, message: String((error as Error)?.stack ?? error) }),
    );
  });
}

async function handle(bff: Awaited<ReturnType<typeof startBenchBff>>, message: ChildRequest) {
  if (message.type === 'memory') {
    global.gc?.();
    return { type: 'memory', id: message.id, ...process.memoryUsage() };
  }
  if (message.type === 'drop-connections') {
    bff.app.server.closeAllConnections();
    return { type: 'dropped', id: message.id };
  }
  return handleReportBench(bff.app, message, options.dataDir ?? '');
}

main().catch((error: unknown) => {
  process.stderr.write(`bench ${role} failed: ${(error as Error).stack ?? String(error)}\n`);
  process.exit(1);
});
