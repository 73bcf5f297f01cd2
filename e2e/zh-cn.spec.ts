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

test.describe('with the simulation clock held', () => {
  test.use({ holdClock: true });

  test('the cancel dialog speaks Chinese: validation, preview and the confirm button', async ({
    page,
  }) => {
    await signInZh(page, 'manager', '/products/a1AssetTrk1/tasks');
    await expect(page.getByRole('heading', { name: '升级任务' })).toBeVisible();
    await page.getByRole('button', { name: '取消升级' }).click();
    const dialog = page.getByRole('dialog', { name: '取消升级' });
    await expect(dialog.getByRole('combobox', { name: '升级包' })).not.toHaveValue('');
    const devices = dialog.getByRole('textbox', { name: '设备' });
    await expect(dialog.getByRole('combobox', { name: '升级批次 ID' })).toHaveValue('');

    await devices.fill('trk-99999 trk-99999\nx!');
    await expect(dialog.getByText('1 台设备 · 已去除 1 个重复项 · 1 个无效')).toBeVisible();
    await dialog.getByRole('button', { name: '预览' }).click();
    await expect(dialog.getByText('不是有效的设备名称：“x!”：少于 4 个字符')).toBeVisible();

    await devices.fill('trk-99999');
    await dialog.getByRole('button', { name: '预览' }).click();
    await expect(dialog.getByText('1 台设备中有 0 台的任务将被取消。')).toBeFocused();
    await expect(dialog.getByRole('table', { name: '按设备预览' })).toContainText(
      '不可取消：此升级包下没有任务',
    );
    await expect(dialog.getByRole('button', { name: '取消任务' })).toBeDisabled();
    await dialog.getByRole('button', { name: '返回' }).click();
    await expect(devices).toHaveValue('trk-99999');
  });
});
