import type { Page } from '@playwright/test';

import { expectNoSeriousA11yViolations } from './axe';
import { expect, signIn, test } from './fixtures';

// Tasks move on their own while the simulation clock runs: hold it still during these tests.
test.use({ holdClock: true });

const dialog = (page: Page, name: string | RegExp) => page.getByRole('dialog', { name });

test('sign-in, products and audit pages have no serious axe findings', async ({ page }) => {
  await page.goto('/login');
  await expect(page.getByRole('button', { name: 'Sign in' })).toBeVisible();
  await expectNoSeriousA11yViolations(page);

  await signIn(page, 'manager', '/products');
  await expect(page.getByRole('link', { name: /^Modules/ }).first()).toBeVisible();
  await expectNoSeriousA11yViolations(page);

  await page.goto('/audit');
  await expect(page.getByRole('heading', { name: 'Audit trail' })).toBeVisible();
  await expectNoSeriousA11yViolations(page);
});

test('the modules page and its edit and delete dialogs have no serious axe findings', async ({
  page,
}) => {
  await signIn(page, 'manager', '/products/a1DashCam02/modules');
  const table = page.getByRole('table', { name: 'OTA modules' });
  await expect(table.getByText('storage', { exact: true })).toBeVisible();
  await expectNoSeriousA11yViolations(page);

  await page.getByRole('button', { name: 'Edit storage' }).click();
  await expect(dialog(page, 'Edit module “storage”')).toBeVisible();
  await expectNoSeriousA11yViolations(page, '[role="dialog"]');
  await page.keyboard.press('Escape');

  await page.getByRole('button', { name: 'Delete camera' }).click();
  const del = dialog(page, 'Delete module “camera”?');
  await del.getByRole('button', { name: 'Delete module' }).click();
  await expect(del.getByRole('alert')).toBeVisible();
  await expectNoSeriousA11yViolations(page, '[role="dialog"]');
});

test('the tasks page and every step of the cancel dialog have no serious axe findings', async ({
  page,
}) => {
  await signIn(page, 'manager', '/products/a1AssetTrk1/tasks');
  const table = page.getByRole('table', { name: 'Device upgrade tasks' });
  await expect(table.getByRole('row').nth(1)).toBeVisible();
  await expectNoSeriousA11yViolations(page);

  await page.getByRole('combobox', { name: 'Status' }).click();
  await page.getByRole('option', { name: 'Queued' }).click();
  await expect(table.getByText('Succeeded')).toHaveCount(0);
  const boxes = table.getByRole('checkbox', { name: /^Select trk-/ });
  await boxes.nth(0).check();
  await boxes.nth(1).check();
  await page.getByRole('button', { name: 'Cancel upgrade' }).click();
  const cancel = dialog(page, 'Cancel upgrade');
  await expect(cancel.getByRole('textbox', { name: 'Devices' })).toBeVisible();
  await expectNoSeriousA11yViolations(page, '[role="dialog"]');

  await cancel.getByRole('button', { name: 'Preview' }).click();
  await expect(cancel.getByRole('table', { name: 'Preview by device' })).toBeVisible();
  await expectNoSeriousA11yViolations(page, '[role="dialog"]');

  await cancel.getByRole('button', { name: 'Cancel tasks' }).click();
  await expect(cancel.getByRole('status')).toContainText('cancelled');
  await expectNoSeriousA11yViolations(page, '[role="dialog"]');
});

test('the report page has no serious axe findings', async ({ page }) => {
  await signIn(page, 'viewer', '/reports?productKey=a1AssetTrk1&range=30d');
  await expect(page.getByRole('heading', { name: 'Upgrade status' })).toBeVisible({
    timeout: 30_000,
  });
  await expectNoSeriousA11yViolations(page);
});
