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

export const test = base.extend<{ fresh: void }>({
  fresh: [
    async ({}, use) => {
      await resetEmulator();
      await use();
    },
    { auto: true },
  ],
});

export { expect };
