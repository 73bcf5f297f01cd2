import type { Page } from '@playwright/test';

import { expect, signIn, test } from './fixtures';

/** Seeded products (src/emulator/db/seed-catalog.ts). */
const FULL = '/products/a1AssetTrk1/modules'; // exactly 10 custom modules
const CAM = '/products/a1DashCam02/modules'; // camera (has firmware), storage, wifi
const EMPTY = '/products/a1TempSns04/modules'; // only the default module

const table = (page: Page) => page.getByRole('table', { name: 'OTA modules' });
const row = (page: Page, name: string) =>
  table(page)
    .getByRole('row')
    .filter({ has: page.getByText(name, { exact: true }) });

/** Counts module writes the page sends, to prove that nothing was submitted. */
function countModuleWrites(page: Page) {
  const writes: string[] = [];
  page.on('request', (request) => {
    if (request.method() !== 'GET' && request.url().includes('/modules'))
      writes.push(request.url());
  });
  return writes;
}

test('a manager creates a module and sees it listed, without a page reload', async ({ page }) => {
  await signIn(page, 'manager', EMPTY);
  await expect(page.getByText('0 of 10 custom modules')).toBeVisible();
  await page.evaluate(() => ((globalThis as unknown as { marker: number }).marker = 1));

  await page.getByLabel('Module name').fill('Ble.radio_1');
  await expect(page.getByText('11/64 characters')).toBeVisible();
  await page.getByLabel('Alias').fill('BLE-radio');
  await page.getByLabel('Description').fill('Bluetooth stack');
  await page.getByRole('button', { name: 'Create module' }).click();

  await expect(row(page, 'Ble.radio_1')).toContainText('BLE-radio');
  await expect(row(page, 'Ble.radio_1')).toContainText('Bluetooth stack');
  await expect(page.getByText('1 of 10 custom modules')).toBeVisible();
  await expect(page.getByLabel('Module name')).toHaveValue('');
  expect(await page.evaluate(() => (globalThis as unknown as { marker?: number }).marker)).toBe(1);
});

test('a 65-character name shows an error and cannot be submitted', async ({ page }) => {
  await signIn(page, 'manager', EMPTY);
  const writes = countModuleWrites(page);
  const name = page.getByLabel('Module name');
  await name.fill('a'.repeat(65));
  await page.getByLabel('Alias').fill('Too_long');

  await expect(page.getByText('Module name must be at most 64 characters')).toBeVisible();
  await expect(page.getByText('65/64 characters')).toBeVisible();
  await expect(name).toHaveAttribute('aria-invalid', 'true');
  await expect(page.getByRole('button', { name: 'Create module' })).toBeDisabled();
  await name.press('Enter');

  await name.fill('a'.repeat(64));
  await expect(page.getByText('Module name must be at most 64 characters')).toBeHidden();
  await expect(page.getByRole('button', { name: 'Create module' })).toBeEnabled();
  expect(writes).toEqual([]);
  await expect(table(page).getByRole('row')).toHaveCount(2); // header + default module
});

test('the form refuses a taken name ignoring case, and other characters, as the user types', async ({
  page,
}) => {
  await signIn(page, 'manager', CAM);
  const name = page.getByLabel('Module name');
  await name.fill('STORAGE');
  await expect(page.getByText(/already exists/)).toBeVisible();
  await name.fill('my module');
  await expect(page.getByText('Spaces are not allowed in a module name')).toBeVisible();
  await name.fill('my/module');
  await expect(
    page.getByText('Use only letters, digits, periods (.), hyphens (-) and underscores (_)'),
  ).toBeVisible();
});

test('a name taken by someone else a second ago lands on the name field with the RequestId', async ({
  page,
}) => {
  await signIn(page, 'manager', CAM);
  await expect(row(page, 'storage')).toBeVisible();
  // Someone else creates the module after this page loaded its list.
  const other = await page.request.post('/api/products/a1DashCam02/modules', {
    data: { moduleName: 'race-1', aliasName: 'Race' },
  });
  expect(other.status()).toBe(201);

  await page.getByLabel('Module name').fill('Race-1');
  await page.getByLabel('Alias').fill('Mine');
  await page.getByRole('button', { name: 'Create module' }).click();
  await expect(page.getByText(/already exists.*\(RequestId [\w-]+\)/)).toBeVisible();
  await expect(page.getByLabel('Module name')).toHaveAttribute('aria-invalid', 'true');
  await expect(row(page, 'race-1')).toBeVisible();
});

test('the full product shows creation blocked before anyone types', async ({ page }) => {
  await signIn(page, 'manager', FULL);
  await expect(page.getByText('10 of 10 custom modules (limit reached)')).toBeVisible();
  await expect(page.getByText('Creation is blocked: module limit reached')).toBeVisible();
  await expect(
    page.getByText(/delete one you no longer need, or reuse an existing module/),
  ).toBeVisible();
  await expect(page.getByLabel('Module name')).toBeDisabled();
  await expect(page.getByRole('button', { name: 'Create module' })).toBeDisabled();
});

test('a manager edits a module’s alias and description; the name is fixed', async ({ page }) => {
  await signIn(page, 'manager', CAM);
  await row(page, 'storage').getByRole('button', { name: 'Edit storage' }).click();
  const dialog = page.getByRole('dialog', { name: 'Edit module “storage”' });
  await expect(dialog.getByLabel('Module name')).toHaveValue('storage');
  await expect(dialog.getByLabel('Module name')).toHaveAttribute('readonly', '');
  await expect(dialog.getByText(/does not allow renaming/)).toBeVisible();

  await dialog.getByLabel('Alias').fill('SD-card-v2');
  await dialog.getByLabel('Description').fill('Storage driver, second edition');
  await dialog.getByRole('button', { name: 'Save changes' }).click();
  await expect(dialog).toBeHidden();
  await expect(row(page, 'storage')).toContainText('SD-card-v2');
  await expect(row(page, 'storage')).toContainText('Storage driver, second edition');
});

test('a manager deletes a module after a confirmation that names it', async ({ page }) => {
  await signIn(page, 'manager', CAM);
  await expect(page.getByText('3 of 10 custom modules')).toBeVisible();
  await expect(row(page, 'default')).toContainText('Built in: cannot be edited or deleted');
  await expect(row(page, 'default').getByRole('button')).toHaveCount(0);

  await row(page, 'wifi').getByRole('button', { name: 'Delete wifi' }).click();
  const dialog = page.getByRole('dialog', { name: 'Delete module “wifi”?' });
  await expect(dialog).toContainText('wifi');
  await dialog.getByRole('button', { name: 'Delete module' }).click();
  await expect(dialog).toBeHidden();
  await expect(row(page, 'wifi')).toHaveCount(0);
  await expect(page.getByText('2 of 10 custom modules')).toBeVisible();
  // The Delete button that opened the dialog is gone with its row: focus is on the list, not <body>.
  await expect(page.getByRole('region', { name: 'Module list' })).toBeFocused();
});

test('deleting a module that still has update packages shows the refusal with its RequestId', async ({
  page,
}) => {
  await signIn(page, 'manager', CAM);
  await row(page, 'camera').getByRole('button', { name: 'Delete camera' }).click();
  const dialog = page.getByRole('dialog', { name: 'Delete module “camera”?' });
  await dialog.getByRole('button', { name: 'Delete module' }).click();
  await expect(dialog.getByRole('alert')).toContainText('iot.ota.ModuleHasFirmware');
  await expect(dialog.getByRole('alert')).toContainText('RequestId');
  await dialog.getByRole('button', { name: 'Keep module' }).click();
  await expect(row(page, 'camera')).toBeVisible();
});

test('the table filters by text and sorts by name', async ({ page }) => {
  await signIn(page, 'viewer', FULL);
  await page.getByLabel('Filter modules').fill('RADIO');
  await expect(table(page).getByRole('row')).toHaveCount(2);
  await expect(row(page, 'ble')).toBeVisible();
  await page.getByLabel('Filter modules').fill('');

  const firstCell = table(page).getByRole('row').nth(1).getByRole('cell').first();
  await expect(firstCell).toContainText('audio');
  await table(page).getByRole('button', { name: 'Module name' }).click();
  await expect(firstCell).toContainText('sensor_hub');
  await expect(table(page).getByRole('columnheader', { name: 'Module name' })).toHaveAttribute(
    'aria-sort',
    'descending',
  );
});

test('a viewer sees the modules and no create, edit or delete controls', async ({ page }) => {
  await signIn(page, 'viewer', CAM);
  await expect(row(page, 'storage')).toBeVisible();
  await expect(page.getByText('3 of 10 custom modules')).toBeVisible();
  await expect(page.getByText(/needs the manager role/)).toBeVisible();
  await expect(page.getByRole('button', { name: 'Create module' })).toHaveCount(0);
  await expect(page.getByLabel('Module name')).toHaveCount(0);
  await expect(page.getByRole('button', { name: /^(Edit|Delete) / })).toHaveCount(0);
});

test('the module filter and sort live in the URL and survive a reload', async ({ page }) => {
  await signIn(page, 'viewer', FULL);
  await page.getByLabel('Filter modules').fill('bo');
  await page.getByRole('button', { name: 'Modified' }).click();
  await expect(page).toHaveURL(/q=bo/);
  await expect(page).toHaveURL(/sort=gmtModified/);
  const shown = await table(page).getByRole('row').count();
  await page.reload();
  await expect(page.getByLabel('Filter modules')).toHaveValue('bo');
  await expect(row(page, 'bootloader')).toBeVisible();
  await expect(table(page).getByRole('row')).toHaveCount(shown);
});

test('a create and an edit refused for an expired session come back after sign-in, not made', async ({
  page,
}) => {
  await signIn(page, 'manager', CAM);
  await expect(row(page, 'storage')).toBeVisible();
  await page.getByLabel('Module name').fill('gnss');
  await page.getByLabel('Alias').fill('GNSS-receiver');
  await page.getByLabel('Description').fill('typed before the session ended');
  await page.context().clearCookies();
  await page.getByRole('button', { name: 'Create module' }).click();

  await expect(page).toHaveURL(/\/login\?/);
  await expect(page.getByText('Your session expired — sign in again')).toBeVisible();
  await page.screenshot({ path: '/tmp/shots/session-expired-login.png' });
  await page.getByLabel('Username').fill('manager');
  await page.getByLabel('Password').fill('manager');
  await page.getByRole('button', { name: 'Sign in' }).click();

  await expect(page).toHaveURL(new RegExp(`${CAM}$`));
  await expect(page.getByText('Your change was not made')).toBeVisible();
  await expect(page.getByLabel('Module name')).toHaveValue('gnss');
  await expect(page.getByLabel('Alias')).toHaveValue('GNSS-receiver');
  await expect(page.getByLabel('Description')).toHaveValue('typed before the session ended');
  await expect(row(page, 'gnss')).toHaveCount(0);
  await page.screenshot({ path: '/tmp/shots/session-expired-restored.png', fullPage: true });
  // Nothing typed is kept once restored, and never a password.
  const kept = await page.evaluate(() =>
    JSON.stringify((globalThis as unknown as { sessionStorage: object }).sessionStorage),
  );
  expect(kept).not.toContain('GNSS-receiver');
  expect(kept).not.toContain('"manager"');

  await row(page, 'storage').getByRole('button', { name: 'Edit storage' }).click();
  const dialog = page.getByRole('dialog', { name: 'Edit module “storage”' });
  await dialog.getByLabel('Alias').fill('SD-card-v3');
  await page.context().clearCookies();
  await dialog.getByRole('button', { name: 'Save changes' }).click();
  await expect(page.getByText('Your session expired — sign in again')).toBeVisible();
  await page.getByLabel('Username').fill('manager');
  await page.getByLabel('Password').fill('manager');
  await page.getByRole('button', { name: 'Sign in' }).click();
  const again = page.getByRole('dialog', { name: 'Edit module “storage”' });
  await expect(again.getByText('Your change was not made')).toBeVisible();
  await expect(again.getByLabel('Alias')).toHaveValue('SD-card-v3');
  await expect(row(page, 'storage')).not.toContainText('SD-card-v3');
});
