import { randomBytes } from 'node:crypto';
import path from 'node:path';

import SQLite from 'better-sqlite3';

import { expectNoSeriousA11yViolations } from './axe';
import { expect, signIn, test } from './fixtures';

const hex = () => randomBytes(16).toString('hex').toUpperCase();

test('a manager previews a CSV (added, refused with line and reason), imports it and finds the devices', async ({
  page,
}) => {
  await signIn(page, 'manager', '/directory');
  await expect(page.getByRole('heading', { name: 'Devices directory' })).toBeVisible();
  // The demo's seeded mapping: every emulator device.
  await expect(page.getByText(/of 2,000\s+devices/)).toBeVisible();

  // Device names of their own each run: the console's data folder outlives a test.
  const run = Date.now().toString(36);
  const csv = [
    'deviceName,productKey,terminalId',
    `e2e-${run}-1,a1TempSns04,${hex()}`,
    `e2e-${run}-2,a1TempSns04,${hex().toLowerCase()}`,
    `bad name,a1TempSns04,${hex()}`,
  ].join('\n');
  await page.locator('input[type=file]').setInputFiles({
    name: 'mapping.csv',
    mimeType: 'text/csv',
    buffer: Buffer.from(csv),
  });
  const counts = page.getByLabel('Import counts');
  await expect(counts).toContainText('2 to add');
  await expect(counts).toContainText('1 refused');
  const refused = page.getByRole('table', { name: 'Refused lines' });
  await expect(refused.getByRole('row').nth(1)).toContainText('4');
  await expect(refused.getByRole('row').nth(1)).toContainText(
    'Device name "bad name" is not valid',
  );
  await expectNoSeriousA11yViolations(page);
  await page.screenshot({ path: '/tmp/shots/directory-preview.png', fullPage: true });

  await page.getByRole('button', { name: 'Import 2 rows' }).click();
  await expect(page.getByText(/Imported mapping\.csv: 2 added/)).toBeVisible();
  await page.getByLabel('Search').fill(`e2e-${run}`);
  const table = page.getByRole('table', { name: 'Devices directory' });
  await expect(table.getByRole('row')).toHaveCount(3);
  await expect(table).toContainText('by manager');
});

test('a viewer reads the directory but has no import', async ({ page }) => {
  await signIn(page, 'viewer', '/directory');
  await expect(page.getByRole('table', { name: 'Devices directory' })).toBeVisible();
  await expect(page.getByLabel('CSV file')).toHaveCount(0);
});

test('the report takes device names, shows each beside its terminal id and lists unknown ids', async ({
  page,
}) => {
  await signIn(page, 'viewer', '/reports?ids=trk-00001%2Ccam-00002%2Cno-such-device&range=30d');
  await expect(page.getByRole('heading', { name: 'Upgrade status' })).toBeVisible({
    timeout: 30_000,
  });
  const unknown = page
    .getByRole('alert')
    .filter({ hasText: '1 unknown id: reported on the others' });
  await expect(unknown).toContainText('no-such-device');
  const rows = page.getByRole('table', { name: 'Report records' }).getByRole('row');
  await expect(rows.nth(1)).toContainText(/trk-00001|cam-00002/);
  await expect(rows.nth(1)).toContainText(/[0-9A-F]{32}/);
  await page.screenshot({ path: '/tmp/shots/report-by-device-name.png', fullPage: true });
});

/**
 * Takes the first `count` devices (by name) of the demo's largest a1FleetGw03 job out of the
 * directory, as if never imported, and gives the rows back afterwards.
 */
function forgetDevicesOfAJob(count: number) {
  const dir = process.env.E2E_DATA_DIR!;
  const emulator = new SQLite(path.join(dir, 'emulator.sqlite'), { readonly: true });
  const { jobId } = emulator
    .prepare(
      `SELECT job_id AS jobId FROM tasks WHERE product_key = 'a1FleetGw03'
       GROUP BY job_id ORDER BY COUNT(DISTINCT device_name) DESC, job_id LIMIT 1`,
    )
    .get() as { jobId: string };
  const names = (
    emulator
      .prepare('SELECT DISTINCT device_name AS name FROM tasks WHERE job_id = ? ORDER BY name')
      .all(jobId) as Array<{ name: string }>
  )
    .map((r) => r.name)
    .slice(0, count);
  emulator.close();
  const bff = new SQLite(path.join(dir, 'bff.sqlite'));
  const marks = names.map(() => '?').join(',');
  const where = `product_key = 'a1FleetGw03' AND device_name IN (${marks})`;
  const rows = bff.prepare(`SELECT * FROM directory_entries WHERE ${where}`).all(...names);
  bff.prepare(`DELETE FROM directory_entries WHERE ${where}`).run(...names);
  return {
    jobId,
    names,
    restore: () => {
      const insert = bff.prepare(
        `INSERT INTO directory_entries VALUES (@product_key, @device_name, @terminal_id,
         @terminal_num, @updated_at, @updated_by)`,
      );
      for (const row of rows) insert.run(row);
      bff.close();
    },
  };
}

test('devices without a report terminal: the report counts them and links to the directory, which lists them all by name, paged, the set and page surviving a reload', async ({
  page,
}) => {
  const forgotten = forgetDevicesOfAJob(60);
  try {
    expect(forgotten.names).toHaveLength(60);
    await signIn(page, 'viewer', `/reports?jobId=${forgotten.jobId}&range=30d`);
    const notice = page
      .getByRole('alert')
      .filter({ hasText: '60 devices have no report terminal' });
    await expect(notice).toBeVisible({ timeout: 30_000 });
    await expect(notice).toContainText(forgotten.names[0]!);
    await expect(notice).toContainText('and 40 more');
    await notice.getByRole('link', { name: 'see the directory' }).click();

    await expect(page).toHaveURL(
      `/directory?unmatched=job%3A${forgotten.jobId}#devices-without-terminal`,
    );
    const list = page.getByRole('table', { name: 'Devices without a report terminal' });
    await expect(page.getByRole('combobox', { name: 'Devices of' })).toHaveValue(
      `job ${forgotten.jobId}: 60`,
    );
    await expect(
      page.getByText(/60 devices have no report terminal \(devices of job/),
    ).toBeVisible();
    await expect(list.getByRole('row')).toHaveCount(51);
    await expect(list.getByRole('row').nth(1)).toContainText(forgotten.names[0]!);
    await expectNoSeriousA11yViolations(page);

    await page.getByRole('button', { name: 'Page 2' }).click();
    await expect(page).toHaveURL(/unmatchedPage=2/);
    await expect(list.getByRole('row')).toHaveCount(11);
    await expect(list.getByRole('row').nth(10)).toContainText(forgotten.names[59]!);
    await page.reload();
    await expect(list.getByRole('row')).toHaveCount(11);
    await expect(list.getByRole('row').nth(1)).toContainText(forgotten.names[50]!);
    await page.screenshot({ path: '/tmp/shots/directory-unmatched.png', fullPage: true });
  } finally {
    forgotten.restore();
  }
});
