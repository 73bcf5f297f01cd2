import { startEmulator } from './index';

/** CLI: `tsx src/emulator/main.ts [--reset] [--scale large] [--clock-stopped] [--strict]` (EMULATOR_PORT, DATA_DIR). */
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
  `Emulator: ${emulator.url} (scale ${scale}${args.includes('--strict') ? ', strict' : ''}, ready in ${Date.now() - started} ms)`,
);

for (const signal of ['SIGINT', 'SIGTERM'] as const) {
  process.once(signal, () => {
    void emulator.close().then(() => process.exit(0));
  });
}
