import { mkdtempSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';

import Database from 'better-sqlite3';

import { expect, test } from './fixtures';
import { startConsole, stopConsole } from './kiosk-console';
import { issueKioskLink } from './kiosk-links';

const PRODUCT = 'a1AssetTrk1';
const HOURS = 6;
const RANGE_MS = 7 * 86_400_000;

/**
 * Straight from the emulator's database: the product's terminals whose latest record of the last 7
 * days is 1 (waiting) or 2 (downloading) and unchanged for longer than the threshold at `stuckAt`.
 */
function directStuckCount(file: string, now: number, stuckAt = now): number {
  const db = new Database(file, { readonly: true, fileMustExist: true });
  try {
    const row = db
      .prepare(
        `SELECT COUNT(*) AS n FROM (
           SELECT status, date_time,
             ROW_NUMBER() OVER (PARTITION BY device_id ORDER BY send_time DESC, date_time DESC) AS k
           FROM reports
           WHERE device_id IN (SELECT DISTINCT device_id FROM tasks WHERE product_key = ?)
             AND send_time BETWEEN ? AND ?)
         WHERE k = 1 AND status IN (1, 2) AND date_time < ?`,
      )
      .get(PRODUCT, Math.floor(now / 1000) * 1000 - RANGE_MS, now, stuckAt - HOURS * 3_600_000) as {
      n: number;
    };
    return row.n;
  } finally {
    db.close();
  }
}

const countIn = (text: string | null) =>
  Number(/: ([\d,]+) device/.exec(text ?? '')?.[1]?.replace(/,/g, ''));

// A console of its own (its own emulator and report store), so no other test's emulator resets
// leave earlier records in the store this compares against.
test('stuck devices: the kiosk count equals a direct count in the emulator, and the report page lists as many by name', async ({
  page,
  browser,
}) => {
  test.setTimeout(240_000);
  await page.setViewportSize({ width: 1920, height: 1080 });
  const dataDir = mkdtempSync(path.join(os.tmpdir(), 'ota-kiosk-stuck-'));
  const port = String(Number(process.env.E2E_PORT) + 20);
  const emulatorPort = String(Number(port) + 1);
  const base = `http://localhost:${port}`;
  const running = await startConsole({
    PORT: port,
    EMULATOR_PORT: emulatorPort,
    DATA_DIR: dataDir,
  });
  try {
    // The demo world stands still while the figures are compared.
    const stopped = await fetch(`http://127.0.0.1:${emulatorPort}/__emulator/clock`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ action: 'stop' }),
    });
    expect(stopped.ok).toBe(true);
    const link = issueKioskLink(
      [
        '--label',
        'Stuck test',
        '--product',
        PRODUCT,
        '--range',
        '7d',
        '--stuck-hours',
        String(HOURS),
      ],
      { dataDir, port },
    );
    await page.goto(`${base}${link.path}`);
    const stuck = page.getByTestId('kiosk-stuck');
    await expect(stuck).toBeVisible({ timeout: 90_000 });
    await expect(stuck).toContainText(`Stuck over ${HOURS} h:`);

    const emulatorDb = path.join(dataDir, 'emulator.sqlite');
    // The screen's answer was made up to a refresh ago: the count then is at least the one 30 s ago.
    const before = directStuckCount(emulatorDb, Date.now(), Date.now() - 30_000);
    const onScreen = countIn(await stuck.textContent());
    const after = directStuckCount(emulatorDb, Date.now());
    expect(before).toBeGreaterThan(0);
    // The threshold moves with the wall clock: the screen's count lies between the two.
    expect(onScreen).toBeGreaterThanOrEqual(before);
    expect(onScreen).toBeLessThanOrEqual(after);
    await page.screenshot({ path: test.info().outputPath('kiosk-stuck-count.png') });

    // The count links to the report page, which lists the stuck devices (for a console user).
    const href = await stuck.getAttribute('href');
    expect(href).toMatch(/^\/reports\?.*stuckHours=6.*show=stuck/);
    const context = await browser.newContext({ viewport: { width: 1440, height: 900 } });
    const console_ = await context.newPage();
    await console_.goto(`${base}/login?next=${encodeURIComponent(`${href}&pageSize=200`)}`);
    await console_.getByLabel('Username').fill('viewer');
    await console_.getByLabel('Password').fill('viewer');
    await console_.getByRole('button', { name: 'Sign in' }).click();
    await expect(console_.getByRole('heading', { name: 'Stuck devices' })).toBeVisible({
      timeout: 30_000,
    });
    const table = console_.getByRole('table', { name: 'Stuck devices' });
    await expect(
      console_.getByText(
        /devices? ha(s|ve) been waiting for download or downloading for longer than 6 h/,
      ),
    ).toContainText(`${onScreen.toLocaleString('en')} device`);
    expect(onScreen).toBeLessThanOrEqual(200);
    // One row per stuck device, besides the header row; each has its device name and status.
    await expect(table.getByRole('row')).toHaveCount(onScreen + 1);
    const firstRow = table.getByRole('row').nth(1);
    await expect(firstRow).toContainText(/Waiting for download|Downloading/);
    await expect(firstRow.getByRole('cell').first()).not.toHaveText('—');
    await console_.screenshot({
      path: test.info().outputPath('report-stuck-devices.png'),
      fullPage: true,
    });
    await context.close();
  } finally {
    await stopConsole(running.child);
    rmSync(dataDir, { recursive: true, force: true });
  }
});
