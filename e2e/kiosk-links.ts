import { execFileSync } from 'node:child_process';

/** Which console a CLI call talks to: the e2e console's data folder and port unless told. */
export interface ConsoleTarget {
  dataDir: string;
  port: string;
}
const e2eConsole = (): ConsoleTarget => ({
  dataDir: process.env.E2E_DATA_DIR as string,
  port: process.env.E2E_PORT as string,
});

/** `npm run kiosk -- <args>` against a console's data folder; answers its output. */
export function kioskCli(args: string[], target: ConsoleTarget = e2eConsole()): string {
  return execFileSync(process.execPath, ['--import', 'tsx', 'scripts/kiosk.ts', ...args], {
    env: { ...process.env, DATA_DIR: target.dataDir, PORT: target.port },
    encoding: 'utf8',
  });
}

/** Issues a link with the given options; answers its id and its path (`/kiosk?token=…`). */
export function issueKioskLink(
  options: string[],
  target?: ConsoleTarget,
): { id: string; path: string } {
  const out = kioskCli(['issue', ...options], target);
  const id = /Kiosk link (\S+)/.exec(out)?.[1];
  const url = /(https?:\/\/\S+\/kiosk\?token=\S+)/.exec(out)?.[1];
  if (!id || !url) throw new Error(`kiosk issue printed no link:\n${out}`);
  return { id, path: new URL(url).pathname + new URL(url).search };
}
