import { randomBytes } from 'node:crypto';

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
