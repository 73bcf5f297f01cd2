/**
 * `npm start`: in demo mode the emulator in a supervised child process of its own, and the BFF
 * serving the built SPA. Ctrl-C (SIGINT) or SIGTERM stops both: the BFF first refuses new
 * connections and lets in-flight requests finish, then the emulator stops.
 */
import { existsSync } from 'node:fs';
import path from 'node:path';

import { buildConfig } from '../src/bff/config';
import { DEMO_ACCOUNTS } from '../src/bff/demo-defaults';
import { ConfigError, isDemoMode, parseEnv } from '../src/bff/env';
import { SHUTDOWN_GRACE_MS, startBff } from '../src/bff/server';
import { BFF_NODE_FLAGS } from './bff-node-flags';
import { type SupervisedEmulator, superviseEmulator } from './supervise-emulator';

async function main() {
  const missing = BFF_NODE_FLAGS.filter((flag) => !process.execArgv.includes(flag));
  if (missing.length > 0)
    process.stderr.write(
      `Warning: started without ${missing.join(' ')} (npm start passes them): the BFF's memory is not bounded as documented.\n`,
    );
  const env = parseEnv(process.env);
  let emulator: SupervisedEmulator | undefined;
  if (isDemoMode(env)) {
    emulator = await superviseEmulator({
      port: env.EMULATOR_PORT,
      dataDir: path.resolve(env.DATA_DIR),
    });
  }
  const dist = path.resolve('dist');
  const config = buildConfig(env, {
    emulatorUrl: emulator?.url,
    staticDir: existsSync(dist) ? dist : null,
  });
  const bff = await startBff(config, env.PORT, env.HOST);

  const lines = [
    '',
    `OTA Console is running at ${bff.url}`,
    config.mode === 'demo'
      ? `Demo mode: IoT platform emulator at ${emulator?.url}, process ${emulator?.pid()} (data in ${config.dataDir})`
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
    // The BFF drains for up to SHUTDOWN_GRACE_MS; this only guards against a hang after it.
    const force = setTimeout(() => process.exit(1), SHUTDOWN_GRACE_MS + 5_000);
    force.unref();
    await bff.close();
    await emulator?.stop();
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
