import { type ChildProcess, spawn } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';

import type { Page } from '@playwright/test';

import { expect, test } from './fixtures';

const STATUSES = ['Send failed', 'Waiting for download', 'Downloading', 'Succeeded', 'Failed'];

async function expectKioskBoard(page: Page) {
  await expect(page.getByRole('heading', { name: 'Upgrade status' })).toBeVisible({
    timeout: 30_000,
  });
  const legend = page.getByRole('list', { name: /status distribution$/ }).first();
  await expect(legend.getByRole('listitem')).toHaveCount(5, { timeout: 30_000 });
  for (const name of STATUSES) await expect(legend).toContainText(name);
  await expect(page.getByText(/^updated \d{2}:\d{2}:\d{2}$/)).toBeVisible();
}

/** Every panel shows its figures (not loading). */
async function expectEveryPanelReady(page: Page) {
  const panels = await page.getByRole('heading', { level: 2 }).count();
  expect(panels).toBeGreaterThan(0);
  await expect(page.getByLabel(/^Succeeded: \d+/)).toHaveCount(panels, { timeout: 60_000 });
}

test('the printed kiosk link shows the charts, big numbers and no controls, on one 1920×1080 screen', async ({
  page,
}) => {
  await page.setViewportSize({ width: 1920, height: 1080 });
  const token = readFileSync(
    path.join(process.env.E2E_DATA_DIR as string, 'kiosk-startup-token'),
    'utf8',
  ).trim();
  await page.goto(`/kiosk?token=${token}`);
  await expectKioskBoard(page);
  await expect(page).toHaveURL(/\/kiosk$/); // the token is gone from the address bar
  await expectEveryPanelReady(page);
  await expect(page.getByLabel(/^Succeeded: \d+/).first()).toBeVisible();
  for (const role of ['button', 'link', 'textbox', 'switch', 'checkbox', 'combobox'] as const) {
    await expect(page.getByRole(role)).toHaveCount(0);
  }
  // Evaluated in the page (a string: this file is compiled without DOM types).
  const overflow = await page.evaluate(`({
    scroll: document.documentElement.scrollHeight - window.innerHeight,
    wide: document.documentElement.scrollWidth - window.innerWidth,
    scheme: document.documentElement.getAttribute('data-mantine-color-scheme'),
  })`);
  expect(overflow).toEqual({ scroll: 0, wide: 0, scheme: 'dark' });
  await page.screenshot({ path: test.info().outputPath('kiosk-1920x1080.png') });

  // The kiosk session reads nothing else.
  expect((await page.request.get('/api/products')).status()).toBe(403);
});

/** `tsx scripts/start.ts` on its own ports and data folder; resolves with the printed kiosk link. */
function startConsole(
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

function stop(child: ChildProcess): Promise<void> {
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

test('the kiosk keeps its figures with a stale warning while the console is down, and recovers', async ({
  page,
}) => {
  test.setTimeout(180_000);
  await page.setViewportSize({ width: 1920, height: 1080 });
  const dataDir = mkdtempSync(path.join(os.tmpdir(), 'ota-kiosk-e2e-'));
  const port = String(Number(process.env.E2E_PORT) + 10);
  const env = { PORT: port, EMULATOR_PORT: String(Number(port) + 1), DATA_DIR: dataDir };
  let running = await startConsole(env);
  try {
    await page.goto(running.kiosk);
    await expectKioskBoard(page);
    await expectEveryPanelReady(page);
    const stale = page.getByRole('alert').filter({ hasText: 'Connection lost' });
    await expect(stale).toHaveCount(0);
    const figures = await page.getByLabel(/^Succeeded: \d+/).allTextContents();

    await stop(running.child);
    await expect(stale).toBeVisible({ timeout: 30_000 });
    // The last figures stay on screen.
    await expect(
      page
        .getByRole('list', { name: /status distribution$/ })
        .first()
        .getByRole('listitem'),
    ).toHaveCount(5);
    expect(await page.getByLabel(/^Succeeded: \d+/).allTextContents()).toEqual(figures);
    await page.screenshot({ path: test.info().outputPath('kiosk-stale-1920x1080.png') });

    running = await startConsole(env);
    // Same data folder: the same link, and the screen's session, still hold.
    await expect(stale).toHaveCount(0, { timeout: 60_000 });
    await expectKioskBoard(page);
  } finally {
    await stop(running.child);
    rmSync(dataDir, { recursive: true, force: true });
  }
});
