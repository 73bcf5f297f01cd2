import type { Browser, Page } from '@playwright/test';

import { expectNoSeriousA11yViolations } from './axe';
import { expect, signIn, test } from './fixtures';

/** Seeded product and firmware (src/emulator/db/seed-catalog.ts). */
const TASKS = '/products/a1AssetTrk1/tasks';
const FIRMWARE = /^T1-main-2\.4\.0/;
const REPORT = '/reports?productKey=a1AssetTrk1&range=30d';

// The browser's zone is Shanghai (GMT+8, no daylight saving time), so it differs from UTC.
test.use({ holdClock: true, timezoneId: 'Asia/Shanghai' });

const STAMP = /\d{4}-\d{2}-\d{2} \d{2}:\d{2}:\d{2}/;
const inZone = (zone: 'UTC' | 'GMT\\+8') => new RegExp(`${STAMP.source}\\s*${zone}$`);

const taskTimes = (page: Page) =>
  page.getByRole('table', { name: 'Device upgrade tasks' }).locator('time');
const reportTimes = (page: Page) =>
  page.getByRole('table', { name: 'Report records' }).locator('time');

async function openTasks(page: Page) {
  await page.goto(TASKS);
  const firmware = page.getByRole('combobox', { name: 'Firmware' });
  await firmware.click();
  await page.getByRole('option', { name: FIRMWARE }).click();
  await expect(taskTimes(page).first()).toBeVisible();
}

async function chooseZone(page: Page, user: string, zone: RegExp) {
  await page.getByRole('button', { name: new RegExp(`^Settings of ${user}`) }).click();
  await page.getByRole('menuitemradio', { name: zone }).click();
}

async function freshBrowserAs(browser: Browser, user: 'manager' | 'viewer') {
  const context = await browser.newContext({ timezoneId: 'Asia/Shanghai' });
  const page = await context.newPage();
  await signIn(page, user, TASKS);
  return { context, page };
}

test('times name their zone; the header setting switches UTC and the browser zone, per user', async ({
  page,
  browser,
}) => {
  await signIn(page, 'viewer', TASKS);
  try {
    // By default: the browser's zone, named.
    await openTasks(page);
    await expect(taskTimes(page).first()).toHaveText(inZone('GMT\\+8'));

    await chooseZone(page, 'viewer', /^UTC$/);
    await expect(taskTimes(page).first()).toHaveText(inZone('UTC'));
    const menu = page.getByRole('button', { name: /^Settings of viewer/ });
    await menu.click();
    await expect(page.getByRole('menuitemradio', { name: /^UTC$/ })).toHaveAttribute(
      'aria-checked',
      'true',
    );
    await expectNoSeriousA11yViolations(page, '[role="menu"]');
    await page.screenshot({ path: test.info().outputPath('time-zone-menu.png') });
    await page.keyboard.press('Escape');
    await expect(menu).toBeFocused();

    // The report page follows: table and footer.
    await page.goto(REPORT);
    await expect(reportTimes(page).first()).toHaveText(inZone('UTC'));
    await expect(page.getByText(/ UTC – .* UTC · figures of .* UTC/)).toBeVisible();
    for (const time of await reportTimes(page).all()) await expect(time).toHaveText(inZone('UTC'));

    // A reload keeps it.
    await page.reload();
    await expect(reportTimes(page).first()).toHaveText(inZone('UTC'));

    // Kept on the server for this user: another browser (nothing stored) signs in and sees UTC.
    const other = await freshBrowserAs(browser, 'viewer');
    await openTasks(other.page);
    await expect(taskTimes(other.page).first()).toHaveText(inZone('UTC'));
    await other.context.close();
    // Another user keeps their own (the browser's zone).
    const manager = await freshBrowserAs(browser, 'manager');
    await openTasks(manager.page);
    await expect(taskTimes(manager.page).first()).toHaveText(inZone('GMT\\+8'));
    await manager.context.close();

    // Back to the browser's zone: the report's range inputs (UTC) show the time in it.
    await chooseZone(page, 'viewer', /^This browser’s zone \(Asia\/Shanghai, GMT\+8\)$/);
    await expect(reportTimes(page).first()).toHaveText(inZone('GMT\\+8'));
    await page.getByLabel('From (UTC)').fill('2026-11-30T02:00');
    await expect(page.getByText('Your time: 2026-11-30 10:00 GMT+8')).toBeVisible();
    await page.screenshot({ path: test.info().outputPath('time-zone-report.png'), fullPage: true });
  } finally {
    await page.request.put('/api/me/preferences', { data: { timeZone: 'browser' } });
  }
});
