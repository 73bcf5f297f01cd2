import type { Page } from '@playwright/test';

import { expect, test } from './fixtures';

// The browser prefers Simplified Chinese: navigator.languages and Accept-Language say zh-CN.
test.use({ locale: 'zh-CN' });

test('a first visit speaks Chinese, and the header switch changes and remembers the language', async ({
  page,
}) => {
  await page.goto('/login');
  await expect(page.locator('html')).toHaveAttribute('lang', 'zh-CN');
  await expect(page.getByRole('heading', { name: 'OTA 控制台' })).toBeVisible();
  await page.getByLabel('用户名').fill('manager');
  await page.getByLabel('密码').fill('wrong');
  await page.getByRole('button', { name: '登录' }).click();
  await expect(page.getByRole('alert')).toContainText('用户名或密码错误');

  await page.getByLabel('密码').fill('manager');
  await page.getByRole('button', { name: '登录' }).click();
  await expect(page).toHaveURL(/\/products$/);
  const nav = page.getByRole('navigation', { name: '主导航' });
  await expect(nav.getByRole('link', { name: '升级报告' })).toBeVisible();

  await page.getByRole('combobox', { name: '语言' }).selectOption('en');
  await expect(page.locator('html')).toHaveAttribute('lang', 'en');
  await expect(page.getByRole('navigation', { name: 'Main' })).toBeVisible();
  await expect(page.getByRole('link', { name: 'Upgrade report' })).toBeVisible();

  // Remembered: a reload (and a new page) keeps English although the browser prefers Chinese.
  await page.reload();
  await expect(page.getByRole('link', { name: 'Upgrade report' })).toBeVisible();
  await expect(page.locator('html')).toHaveAttribute('lang', 'en');

  await page.getByRole('combobox', { name: 'Language' }).selectOption('zh-CN');
  await expect(page.getByRole('link', { name: '升级报告' })).toBeVisible();
  await expect(page.locator('html')).toHaveAttribute('lang', 'zh-CN');
});

/** Signs in through the Chinese sign-in form and lands on `next`. */
async function signInZh(page: Page, username: 'manager' | 'viewer', next: string) {
  await page.goto(`/login?next=${encodeURIComponent(next)}`);
  await page.getByLabel('用户名').fill(username);
  await page.getByLabel('密码').fill(username);
  await page.getByRole('button', { name: '登录' }).click();
  await expect(page).toHaveURL(new RegExp(`${next.replace(/[/?]/g, '\\$&')}`));
}

test('a manager creates a module in Chinese, with Chinese validation and notice', async ({
  page,
}) => {
  await signInZh(page, 'manager', '/products/a1TempSns04/modules');
  await expect(page.getByRole('heading', { name: 'OTA 模块' })).toBeVisible();
  await expect(page.getByText('自定义模块 0/10 个')).toBeVisible();

  const name = page.getByLabel('模块名称');
  await name.fill('bad name');
  await expect(page.getByText('模块名称中不能包含空格')).toBeVisible();
  await expect(page.getByRole('button', { name: '创建模块' })).toBeDisabled();

  await name.fill('Ble.radio_1');
  await expect(page.getByText('11/64 个字符')).toBeVisible();
  await page.getByLabel('别名').fill('蓝牙模块');
  await page.getByLabel('描述').fill('蓝牙协议栈');
  await page.getByRole('button', { name: '创建模块' }).click();

  await expect(page.getByRole('alert').filter({ hasText: '模块已创建' })).toBeVisible();
  const table = page.getByRole('table', { name: 'OTA 模块' });
  await expect(table.getByRole('row').filter({ hasText: 'Ble.radio_1' })).toContainText('蓝牙模块');
  await expect(page.getByText('自定义模块 1/10 个')).toBeVisible();
});
