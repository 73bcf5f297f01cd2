import { readFileSync } from 'node:fs';

import type { APIRequestContext, Page } from '@playwright/test';

import { expectNoSeriousA11yViolations } from './axe';
import { expect, test } from './fixtures';
import { issueKioskLink } from './kiosk-links';

// The browser prefers Simplified Chinese: navigator.languages and Accept-Language say zh-CN.
test.use({ locale: 'zh-CN' });

/** Sets a user's stored language (null: none), as the header switch does, through the API. */
async function storeLocale(
  request: APIRequestContext,
  username: 'manager' | 'viewer',
  locale: 'en' | 'zh-CN' | null,
) {
  const login = await request.post('/api/auth/login', { data: { username, password: username } });
  expect(login.status()).toBe(200);
  const saved = await request.put('/api/me/preferences', { data: { locale } });
  expect(saved.status(), await saved.text()).toBe(200);
}

// The language is remembered per user on the server: the other specs' sessions must meet none.
test.afterEach(async ({ request }) => {
  for (const user of ['manager', 'viewer'] as const) await storeLocale(request, user, null);
});

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

test('the language is remembered per user: a fresh browser that prefers English signs in to Chinese', async ({
  browser,
  baseURL,
}) => {
  const english = { locale: 'en-US', baseURL };
  const first = await (await browser.newContext(english)).newPage();
  await first.goto('/login?next=%2Fproducts');
  await expect(first.locator('html')).toHaveAttribute('lang', 'en');
  await first.getByLabel('Username').fill('viewer');
  await first.getByLabel('Password').fill('viewer');
  await first.getByRole('button', { name: 'Sign in' }).click();
  await expect(first.getByRole('link', { name: 'Upgrade report' })).toBeVisible();
  const saved = first.waitForResponse(
    (r) => r.url().endsWith('/api/me/preferences') && r.request().method() === 'PUT',
  );
  await first.getByRole('combobox', { name: 'Language' }).selectOption('zh-CN');
  expect((await saved).status()).toBe(200);
  await first.context().close();

  // Another browser (no local storage, English preferred): English until the user is known.
  const second = await (await browser.newContext(english)).newPage();
  await second.goto('/login?next=%2Fproducts');
  await expect(second.getByRole('button', { name: 'Sign in' })).toBeVisible();
  await second.getByLabel('Username').fill('viewer');
  await second.getByLabel('Password').fill('viewer');
  await second.getByRole('button', { name: 'Sign in' }).click();
  await expect(second.getByRole('link', { name: '升级报告' })).toBeVisible();
  await expect(second.locator('html')).toHaveAttribute('lang', 'zh-CN');
  await expect(second.getByRole('heading', { name: '产品' })).toBeVisible();
  // Switching back there is stored too: a third browser gets English.
  await second.getByRole('combobox', { name: '语言' }).selectOption('en');
  await expect(second.getByRole('link', { name: 'Upgrade report' })).toBeVisible();
  await second.context().close();

  const third = await (await browser.newContext({ locale: 'zh-CN', baseURL })).newPage();
  await signInZh(third, 'viewer', '/products');
  await expect(third.getByRole('link', { name: 'Upgrade report' })).toBeVisible();
  await expect(third.locator('html')).toHaveAttribute('lang', 'en');
  await third.context().close();
});

test('the report in Chinese: form, figures, charts, table, notices and a Chinese CSV', async ({
  page,
}) => {
  await page.setViewportSize({ width: 1440, height: 900 });
  await signInZh(page, 'viewer', '/reports?productKey=a1AssetTrk1&range=30d&count=all');
  await expect(page.getByRole('heading', { name: '升级报告' })).toBeVisible();
  await expect(page.getByRole('heading', { name: '升级状态' })).toBeVisible({ timeout: 30_000 });
  await expect(page.getByRole('combobox', { name: '产品' })).toHaveValue('Asset Tracker T1');
  const legend = page.getByRole('list', { name: '状态分布' });
  for (const name of ['发送失败', '等待下载', '下载中', '成功', '失败'])
    await expect(legend).toContainText(name);
  await expect(page.getByText(/^[\d,]+ 条指令记录，来自 [\d,]+ 台设备/)).toBeVisible();
  await expect(page.getByRole('img', { name: /^每(天|小时)各状态数量$/ })).toBeVisible({
    timeout: 30_000,
  });
  await expect(page.locator('.recharts-legend-wrapper')).toContainText('等待下载');
  const table = page.getByRole('table', { name: '报告记录' });
  for (const name of ['设备名称', '终端 ID', '状态', '发送时间', '最后更新'])
    await expect(table.getByRole('columnheader', { name })).toBeVisible();
  await expect(page.getByText(/^第 1–\d+ 条，共 [\d,]+ 条$/)).toBeVisible();
  await expectNoSeriousA11yViolations(page);

  // The export speaks the page's language: headers and status names.
  const link = page.getByRole('link', { name: '导出 CSV' });
  await expect(link).toHaveAttribute('href', /lang=zh-CN/);
  const downloading = page.waitForEvent('download');
  await link.click();
  const lines = readFileSync(await (await downloading).path(), 'utf8').split('\r\n');
  expect(lines[0]).toBe(
    '\uFEFF设备名称,终端 ID,设备编号,状态,状态码,版本,URL,协议,升级方式,升级信息（无法解析）,发送时间（UTC）,最后更新（UTC）',
  );
  expect(lines.some((line) => line.includes(',成功,3,'))).toBe(true);

  // Refusals in Chinese: a reversed range clears the report.
  await page.getByLabel('开始（UTC）').fill('2026-12-01T10:00');
  await page.getByLabel('结束（UTC）').fill('2026-11-30T10:00');
  await page.getByRole('button', { name: '显示报告' }).click();
  await expect(page.getByText('开始时间必须早于结束时间')).toBeVisible();
  await expect(page.getByText(/^报告已清空/)).toBeVisible();

  // Device names with an unknown one: the notice counts it in Chinese.
  await page.goto('/reports?ids=trk-00001%2Ccam-00002%2Cno-such-device&range=30d');
  await expect(page.getByText('1 个未知 ID：已报告其余设备')).toBeVisible({ timeout: 30_000 });
});

test('the kiosk speaks its link’s language (--lang zh-CN) whatever the browser prefers', async ({
  browser,
  baseURL,
}) => {
  const link = issueKioskLink([
    '--label',
    '支持中心',
    '--product',
    'a1AssetTrk1',
    '--lang',
    'zh-CN',
  ]);
  const page = await (await browser.newContext({ locale: 'en-US', baseURL })).newPage();
  await page.setViewportSize({ width: 1920, height: 1080 });
  await page.goto(link.path);
  await expect(page.getByRole('heading', { name: '升级状态' })).toBeVisible({ timeout: 30_000 });
  await expect(page.locator('html')).toHaveAttribute('lang', 'zh-CN');
  await expect(page.getByLabel(/^成功：[\d,]+$/)).toHaveCount(1, { timeout: 60_000 });
  const legend = page.getByRole('list', { name: /状态分布$/ }).first();
  for (const name of ['发送失败', '等待下载', '下载中', '成功', '失败'])
    await expect(legend).toContainText(name);
  await expect(page.getByText(/^更新于 /)).toBeVisible();
  await expectNoSeriousA11yViolations(page);
  await page.context().close();
});
