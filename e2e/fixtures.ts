import { expect, type Page, test as base } from '@playwright/test';

export const emulatorUrl = () => `http://127.0.0.1:${process.env.E2E_EMULATOR_PORT}`;

/** Puts the emulator back to its deterministic demo state. */
export async function resetEmulator(): Promise<void> {
  const response = await fetch(`${emulatorUrl()}/__emulator/reset`, { method: 'POST' });
  if (!response.ok) throw new Error(`emulator reset failed: ${response.status}`);
}

export async function signIn(page: Page, username: 'manager' | 'viewer', next = '/products') {
  await page.goto(`/login?next=${encodeURIComponent(next)}`);
  await page.getByLabel('Username').fill(username);
  await page.getByLabel('Password').fill(username);
  await page.getByRole('button', { name: 'Sign in' }).click();
  await expect(page).toHaveURL(new RegExp(`${next.replace(/[/?]/g, '\\$&')}`));
}

/** Stops or restarts the emulator's simulation clock (tasks and report records move while it runs). */
export async function emulatorClock(action: 'stop' | 'start'): Promise<void> {
  const response = await fetch(`${emulatorUrl()}/__emulator/clock`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ action }),
  });
  if (!response.ok) throw new Error(`emulator clock ${action}: ${response.status}`);
}

export const test = base.extend<{ fresh: void; holdClock: boolean; clock: void }>({
  fresh: [
    async ({}, use) => {
      await resetEmulator();
      await use();
    },
    { auto: true },
  ],
  /** `test.use({ holdClock: true })`: the demo world stands still during each test of the file. */
  holdClock: [false, { option: true }],
  clock: [
    async ({ holdClock, fresh: _fresh }, use) => {
      if (holdClock) await emulatorClock('stop');
      await use();
      if (holdClock) await emulatorClock('start');
    },
    { auto: true },
  ],
});

export { expect };
