/**
 * `npm start`: the embedded emulator (demo mode) and the BFF serving the built SPA.
 * Ctrl-C (SIGINT) or SIGTERM stops both, letting in-flight requests finish.
 */
import path from 'node:path';

import { buildConfig } from '../src/bff/config';
import { DEMO_ACCOUNTS } from '../src/bff/demo-defaults';
import { ConfigError, isDemoMode, parseEnv } from '../src/bff/env';
import { startBff } from '../src/bff/server';
import { type RunningEmulator, startEmulator } from '../src/emulator/index';

async function main() {
  const env = parseEnv(process.env);
  let emulator: RunningEmulator | undefined;
  if (isDemoMode(env)) {
    emulator = await startEmulator({
      host: '127.0.0.1',
      port: env.EMULATOR_PORT,
      dataDir: path.resolve(env.DATA_DIR),
    });
  }
  const config = buildConfig(env, {
    emulatorUrl: emulator?.url,
    staticDir: path.resolve('dist'),
  });
  const bff = await startBff(config, env.PORT, env.HOST);

  const lines = [
    '',
    `OTA Console is running at ${bff.url}`,
    config.mode === 'demo'
      ? `Demo mode: embedded IoT platform emulator at ${emulator?.url} (data in ${config.dataDir})`
      : `Production mode: IoT platform at ${config.upstream.endpoint}`,
  ];
  if (config.mode === 'demo') {
    lines.push('Demo logins:');
    for (const account of DEMO_ACCOUNTS)
      lines.push(`  ${account.username} / ${account.password} (${account.role})`);
  }
  const kioskLink = await bff.kioskLink?.();
  lines.push(`Kiosk: ${kioskLink ?? `${bff.url}/kiosk`}`, 'Press Ctrl-C to stop.', '');
  process.stdout.write(lines.join('\n'));

  let stopping = false;
  const stop = async (signal: string) => {
    if (stopping) return;
    stopping = true;
    process.stdout.write(`\n${signal}: stopping…\n`);
    const force = setTimeout(() => process.exit(1), 10_000);
    force.unref();
    await bff.close();
    await emulator?.close();
    process.exit(0);
  };
  process.on('SIGINT', () => void stop('SIGINT'));
  process.on('SIGTERM', () => void stop('SIGTERM'));
}

main().catch((error: unknown) => {
  if (error instanceof ConfigError) {
    process.stderr.write(`${error.message}\n`);
  } else {
    process.stderr.write(`Failed to start: ${(error as Error).stack ?? String(error)}\n`);
  }
  process.exit(1);
});
