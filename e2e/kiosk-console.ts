import { type ChildProcess, spawn } from 'node:child_process';

/** `tsx scripts/start.ts` on its own ports and data folder; resolves with the printed kiosk link. */
export function startConsole(
  env: Record<string, string>,
): Promise<{ child: ChildProcess; kiosk: string }> {
  // node itself (not an npx/tsx wrapper), so SIGTERM reaches the server and it stops.
  const child = spawn(process.execPath, ['--import', 'tsx', 'scripts/start.ts'], {
    env: { ...process.env, ...env, LOG_LEVEL: 'warn', KIOSK_REFRESH_SECONDS: '5' },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  return new Promise((resolve, reject) => {
    let out = '';
    const timer = setTimeout(() => reject(new Error(`console did not start:\n${out}`)), 90_000);
    child.stdout?.on('data', (chunk: Buffer) => {
      out += chunk.toString();
      const match = /Kiosk: (\S+)/.exec(out);
      if (match?.[1]) {
        clearTimeout(timer);
        resolve({ child, kiosk: match[1] });
      }
    });
    child.stderr?.on('data', (chunk: Buffer) => (out += chunk.toString()));
    child.on('exit', (code) => reject(new Error(`console exited (${code}):\n${out}`)));
  });
}

export function stopConsole(child: ChildProcess): Promise<void> {
  return new Promise((resolve) => {
    if (child.exitCode !== null || child.signalCode !== null) return resolve();
    const force = setTimeout(() => child.kill('SIGKILL'), 15_000);
    child.once('exit', () => {
      clearTimeout(force);
      resolve();
    });
    child.kill('SIGTERM');
  });
}
