import { expect, signIn, test } from './fixtures';

test('signs in, lists products and opens a product’s OTA modules', async ({ page }) => {
  await signIn(page, 'manager');
  await expect(page.getByRole('heading', { name: 'Products' })).toBeVisible();
  const rows = page.getByRole('row');
  await expect(rows).not.toHaveCount(1);

  await page
    .getByRole('link', { name: /^Modules/ })
    .first()
    .click();
  await expect(page).toHaveURL(/\/products\/[^/]+\/modules$/);
  const table = page.getByRole('table', { name: 'OTA modules' });
  await expect(table).toBeVisible();
  await expect(table.getByText('default', { exact: true }).first()).toBeVisible();

  // The deep link survives a reload.
  await page.reload();
  await expect(page.getByRole('table', { name: 'OTA modules' })).toBeVisible();
});

test('a wrong password is refused with a clear message', async ({ page }) => {
  await page.goto('/login');
  await page.getByLabel('Username').fill('manager');
  await page.getByLabel('Password').fill('wrong');
  await page.getByRole('button', { name: 'Sign in' }).click();
  await expect(page.getByRole('alert')).toContainText('Wrong username or password');
});

test('a signed-out visitor is sent to sign in and back', async ({ page }) => {
  await page.goto('/products');
  await expect(page).toHaveURL(/\/login\?next=%2Fproducts/);
  await page.getByLabel('Username').fill('viewer');
  await page.getByLabel('Password').fill('viewer');
  await page.getByRole('button', { name: 'Sign in' }).click();
  await expect(page).toHaveURL(/\/products$/);
});
