import { expect, signIn, test } from './fixtures';

test('a manager’s change appears in the audit trail; a viewer has no audit page', async ({
  page,
  browser,
}) => {
  await signIn(page, 'manager', '/products/a1TempSns04/modules');
  const name = `audit_${Date.now()}`;
  await page.getByLabel('Module name').fill(name);
  await page.getByLabel('Alias').fill('Audited');
  await page.getByRole('button', { name: 'Create module' }).click();
  await expect(page.getByRole('table', { name: 'OTA modules' })).toContainText(name);

  await page.getByRole('link', { name: 'Audit trail' }).click();
  await expect(page).toHaveURL(/\/audit/);
  const trail = page.getByRole('table', { name: 'Audit trail' });
  const entry = trail.getByRole('row').filter({ hasText: name });
  await expect(entry).toContainText('CreateOTAModule');
  await expect(entry).toContainText('manager');
  // The upstream RequestId of the signed call is kept with the entry.
  await expect(entry).toContainText(/[0-9A-F]{8}-[0-9A-F]{4}-/);
  // When names its zone and shows seconds.
  await expect(entry.locator('time')).toHaveText(/\d{2}:\d{2}:\d{2}.*(UTC|GMT)/);

  // Action is chosen from the recorded actions by readable name; User matches part of a name.
  await page.getByRole('combobox', { name: 'Action' }).click();
  await page.getByRole('option', { name: 'Create module' }).click();
  await page.getByLabel('User').fill('MANAG');
  await page.getByRole('button', { name: 'Apply filters' }).click();
  await expect(page).toHaveURL(/action=CreateOTAModule/);
  await expect(trail.getByRole('row')).not.toHaveCount(1);
  for (const row of await trail.getByRole('row').all()) {
    if ((await row.getByRole('cell').count()) > 0) await expect(row).toContainText('Create module');
  }
  // The parameters box is reachable by keyboard.
  await entry.getByLabel(/^Parameters of Create module/).focus();
  await expect(entry.getByLabel(/^Parameters of Create module/)).toBeFocused();
  await page.screenshot({ path: test.info().outputPath('audit.png'), fullPage: true });

  const viewer = await browser.newPage();
  await signIn(viewer, 'viewer');
  await expect(viewer.getByRole('link', { name: 'Audit trail' })).toHaveCount(0);
  const response = await viewer.request.get('/api/audit');
  expect(response.status()).toBe(403);
  // A deep link to the page says why there is nothing, with no filters or download to try.
  await viewer.goto('/audit');
  await expect(viewer.getByText('Managers only')).toBeVisible();
  await expect(viewer.getByRole('link', { name: 'Download CSV' })).toHaveCount(0);
  await viewer.close();
});
