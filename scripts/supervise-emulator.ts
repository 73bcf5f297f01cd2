import { type ChildProcess, fork } from 'node:child_process';
import path from 'node:path';
import { createInterface } from 'node:readline';

export interface SupervisedEmulator {
  /** http://127.0.0.1:PORT (the same port across restarts). */
  url: string;
  /** The running child's pid (changes when it is restarted). */
  pid(): number | undefined;
  /** Stops the child and does not restart it. */
  stop(): Promise<void>;
}

export interface SuperviseOptions {
  port: number;
  dataDir: string;
  /** Where prefixed lines go (default: this process's stdout/stderr). */
  write?: (line: string, stream: 'stdout' | 'stderr') => void;
}

const MAIN = path.resolve(import.meta.dirname, '../src/emulator/main.ts');
const READY_TIMEOUT_MS = 120_000;
const STOP_TIMEOUT_MS = 5_000;
const RESTART_DELAYS_MS = [500, 1_000, 2_000, 5_000, 10_000];
/** A child that ran this long before dying starts the restart delays over. */
const HEALTHY_MS = 30_000;

/**
 * Runs the emulator as a child process of its own (never in the BFF's process or event loop):
 * restarted when it dies, stopped with us, its output prefixed `[emulator]`.
 */
export async function superviseEmulator(options: SuperviseOptions): Promise<SupervisedEmulator> {
  const write =
    options.write ??
    ((line: string, stream: 'stdout' | 'stderr') => process[stream].write(`${line}\n`));
  let port = options.port;
  let child: ChildProcess | undefined;
  let stopping = false;
  let failures = 0;

  const spawnChild = () =>
    new Promise<{ url: string; port: number }>((resolve, reject) => {
      const startedAt = Date.now();
      const proc = fork(MAIN, [], {
        execArgv: ['--import', 'tsx'],
        env: { ...process.env, EMULATOR_PORT: String(port), DATA_DIR: options.dataDir },
        stdio: ['ignore', 'pipe', 'pipe', 'ipc'],
      });
      child = proc;
      for (const stream of ['stdout', 'stderr'] as const) {
        createInterface({ input: proc[stream]! }).on('line', (line) =>
          write(`[emulator] ${line}`, stream),
        );
      }
      const timer = setTimeout(
        () => reject(new Error('the emulator did not start in time')),
        READY_TIMEOUT_MS,
      );
      proc.on('message', (message: { type?: string; url?: string; port?: number }) => {
        if (message?.type !== 'ready' || !message.url || !message.port) return;
        clearTimeout(timer);
        resolve({ url: message.url, port: message.port });
      });
      proc.once('exit', (code, signal) => {
        clearTimeout(timer);
        reject(new Error(`the emulator exited (${signal ?? code}) before it was ready`));
        if (stopping || child !== proc) return;
        failures = Date.now() - startedAt > HEALTHY_MS ? 1 : failures + 1;
        const delay = RESTART_DELAYS_MS[Math.min(failures, RESTART_DELAYS_MS.length) - 1]!;
        write(
          `[emulator] exited (${signal ?? `code ${code}`}); restarting in ${delay} ms`,
          'stderr',
        );
        setTimeout(() => {
          if (stopping) return;
          spawnChild().catch((error: Error) => write(`[emulator] ${error.message}`, 'stderr'));
        }, delay);
      });
    });

  const first = await spawnChild();
  port = first.port;
  return {
    url: first.url,
    pid: () => child?.pid,
    stop: async () => {
      stopping = true;
      const proc = child;
      if (!proc || proc.exitCode !== null || proc.signalCode !== null) return;
      const exited = new Promise<void>((resolve) => proc.once('exit', () => resolve()));
      proc.kill('SIGCONT'); // a stopped child cannot act on SIGTERM
      proc.kill('SIGTERM');
      const force = setTimeout(() => proc.kill('SIGKILL'), STOP_TIMEOUT_MS);
      await exited;
      clearTimeout(force);
    },
  };
}
