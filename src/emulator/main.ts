import { startEmulator } from './index';

/**
 * CLI: `tsx src/emulator/main.ts [--reset] [--scale large] [--clock-stopped] [--strict]` (EMULATOR_PORT,
 * DATA_DIR). Run alone (`npm run emulator`) or as the child process that `npm start` supervises:
 * then it tells its parent when it listens, and stops when the parent goes away.
 */
const args = process.argv.slice(2);
const scaleAt = args.indexOf('--scale');
const scale = scaleAt >= 0 && args[scaleAt + 1] === 'large' ? 'large' : 'demo';
const started = Date.now();

const emulator = await startEmulator({
  host: '127.0.0.1',
  port: Number(process.env.EMULATOR_PORT ?? 8686),
  dataDir: process.env.DATA_DIR ?? './data',
  reset: args.includes('--reset'),
  scale,
  clock: args.includes('--clock-stopped') ? 'stopped' : 'running',
  qps: process.env.EMULATOR_QPS === undefined ? undefined : Number(process.env.EMULATOR_QPS),
  logger: process.env.EMULATOR_LOG === '1',
  strict: args.includes('--strict'),
});
console.log(
  `Emulator: ${emulator.url} (pid ${process.pid}, scale ${scale}${args.includes('--strict') ? ', strict' : ''}, ready in ${Date.now() - started} ms)`,
);

let stopping = false;
const stop = () => {
  if (stopping) return;
  stopping = true;
  void emulator.close().then(() => process.exit(0));
};
for (const signal of ['SIGINT', 'SIGTERM'] as const) process.once(signal, stop);

if (process.send) {
  process.send({ type: 'ready', url: emulator.url, port: emulator.port });
  // The supervisor went away (even by SIGKILL): do not outlive it.
  process.once('disconnect', stop);
}
