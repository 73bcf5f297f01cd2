import type { Page } from '@playwright/test';

import { expect, signIn, test } from './fixtures';

/** Seeded product (src/emulator/db/seed-catalog.ts): camera has packages, storage has none. */
const KEY = 'a1DashCam02';
const NAME = 'Dash Camera D2';

const pages = (page: Page) => page.getByRole('navigation', { name: 'This product’s pages' });
const moduleRow = (page: Page, name: string) =>
  page
    .getByRole('table', { name: 'OTA modules' })
    .getByRole('row')
    .filter({ has: page.getByText(name, { exact: true }) });

test('a product’s pages name it, show which modules have packages, and link to each other', async ({
  page,
}) => {
  await signIn(page, 'manager', `/products/${KEY}/modules`);
  await expect(page.getByText(`${NAME} ${KEY}`)).toBeVisible();
  await expect(moduleRow(page, 'camera')).toContainText(/\d+ packages?/);
  await expect(moduleRow(page, 'storage')).toContainText('None');

  // Deleting a module with packages is refused by the platform: the dialog says so first.
  await moduleRow(page, 'camera').getByRole('button', { name: 'Delete camera' }).click();
  const dialog = page.getByRole('dialog');
  await expect(dialog).toContainText(
    /This module has \d+ update packages?, so the platform will refuse/,
  );
  await dialog.getByRole('button', { name: 'Keep module' }).click();
  await page.screenshot({ path: test.info().outputPath('modules-context.png'), fullPage: true });

  // Modules → tasks → report → modules, each a deep link that survives a reload.
  await pages(page).getByRole('link', { name: 'Upgrade tasks' }).click();
  await expect(page).toHaveURL(new RegExp(`/products/${KEY}/tasks`));
  await page.reload();
  await expect(page.getByText(`${NAME} ${KEY}`)).toBeVisible();
  await expect(pages(page).getByText('Upgrade tasks')).toHaveAttribute('aria-current', 'page');

  await pages(page).getByRole('link', { name: 'Upgrade report' }).click();
  await expect(page).toHaveURL(new RegExp(`/reports\\?.*productKey=${KEY}`));
  await page.reload();
  await expect(page.getByRole('heading', { name: 'Upgrade status' })).toBeVisible({
    timeout: 30_000,
  });
  await expect(page.getByText(`${NAME} ${KEY}`)).toBeVisible();
  await pages(page).getByRole('link', { name: 'OTA modules' }).click();
  await expect(page).toHaveURL(new RegExp(`/products/${KEY}/modules$`));
  await expect(moduleRow(page, 'camera')).toBeVisible();
});
