/**
 * `npm run dev`: the emulator (demo mode, its own supervised process) + BFF (API only) + Vite with
 * HMR proxying `/api` to the BFF.
 */
import path from 'node:path';

import { createServer } from 'vite';

import { buildConfig } from '../src/bff/config';
import { isDemoMode, parseEnv } from '../src/bff/env';
import { startBff } from '../src/bff/server';
import { superviseEmulator } from './supervise-emulator';

const env = parseEnv(process.env);
const emulator = isDemoMode(env)
  ? await superviseEmulator({ port: env.EMULATOR_PORT, dataDir: path.resolve(env.DATA_DIR) })
  : undefined;
const bff = await startBff(buildConfig(env, { emulatorUrl: emulator?.url }), env.PORT, env.HOST);
const vite = await createServer({ configFile: path.resolve('vite.config.ts') });
await vite.listen();
vite.printUrls();
process.stdout.write(`API (BFF) at ${bff.url}; log in as manager/manager or viewer/viewer\n`);

const stop = async () => {
  await vite.close();
  await bff.close();
  await emulator?.stop();
  process.exit(0);
};
process.on('SIGINT', () => void stop());
process.on('SIGTERM', () => void stop());
