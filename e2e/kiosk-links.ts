import { execFileSync } from 'node:child_process';

/** `npm run kiosk -- <args>` against the e2e console's data folder; answers its output. */
export function kioskCli(args: string[]): string {
  return execFileSync(process.execPath, ['--import', 'tsx', 'scripts/kiosk.ts', ...args], {
    env: { ...process.env, DATA_DIR: process.env.E2E_DATA_DIR, PORT: process.env.E2E_PORT },
    encoding: 'utf8',
  });
}

/** Issues a link with the given options; answers its id and its path (`/kiosk?token=…`). */
export function issueKioskLink(options: string[]): { id: string; path: string } {
  const out = kioskCli(['issue', ...options]);
  const id = /Kiosk link (\S+)/.exec(out)?.[1];
  const url = /(https?:\/\/\S+\/kiosk\?token=\S+)/.exec(out)?.[1];
  if (!id || !url) throw new Error(`kiosk issue printed no link:\n${out}`);
  return { id, path: new URL(url).pathname + new URL(url).search };
}
