/// <reference lib="dom" />
// page.evaluate below runs in the browser.

import type { Browser, Page } from '@playwright/test';

import { expect, test } from './fixtures';
import { issueKioskLink } from './kiosk-links';
import { showReportCharts, showReportRecords } from './report-parts';

/**
 * Every signed-in page, and the kiosk, in both languages at the two desktop sizes: nothing runs
 * off the side of the screen and no button, badge or link clips its words (long English, short
 * Chinese). Screenshots go to the test's output folder for a person to look at.
 */
const SIZES = [
  { width: 1440, height: 900 },
  { width: 1920, height: 1080 },
];
const PAGES: { name: string; path: string; ready: (page: Page) => Promise<void> }[] = [
  { name: 'products', path: '/products', ready: (p) => expect(p.getByRole('table')).toBeVisible() },
  {
    name: 'modules',
    path: '/products/a1AssetTrk1/modules',
    ready: (p) => expect(p.getByRole('table')).toBeVisible(),
  },
  {
    name: 'tasks',
    path: '/products/a1AssetTrk1/tasks',
    ready: (p) => expect(p.getByRole('table')).toBeVisible({ timeout: 20_000 }),
  },
  {
    name: 'report',
    path: '/reports?productKey=a1AssetTrk1&range=30d',
    ready: async (p) => {
      await expect(p.getByTestId('status-count').first()).toBeVisible({ timeout: 30_000 });
      await showReportCharts(p);
      await showReportRecords(p);
    },
  },
  { name: 'audit', path: '/audit', ready: (p) => expect(p.getByRole('table')).toBeVisible() },
  {
    name: 'directory',
    path: '/directory',
    // The directory's table; a list of devices without a report terminal may follow it.
    ready: (p) => expect(p.getByRole('table').first()).toBeVisible(),
  },
];

/** What does not fit: the page wider than the screen, or a control whose words are cut. */
function overflowing(page: Page) {
  return page.evaluate(() => {
    const problems: string[] = [];
    const root = document.documentElement;
    if (root.scrollWidth > window.innerWidth + 1)
      problems.push(`page is ${root.scrollWidth}px wide on a ${window.innerWidth}px screen`);
    const controls = document.querySelectorAll<HTMLElement>(
      'button, a, nav a span, .mantine-Badge-label, .mantine-Button-label, th, label',
    );
    for (const el of controls) {
      const text = el.textContent?.trim();
      if (!text || el.offsetParent === null) continue;
      if (el.scrollWidth > el.clientWidth + 1 && getComputedStyle(el).overflowX !== 'visible')
        problems.push(`"${text.slice(0, 40)}" is cut (${el.scrollWidth} > ${el.clientWidth})`);
    }
    // A table whose scroll box scrolls sideways hides columns at this size.
    const scrollBox = (el: HTMLElement) => {
      for (let box = el.parentElement; box; box = box.parentElement)
        if (/auto|scroll/.test(getComputedStyle(box).overflowX)) return box;
      return null;
    };
    for (const el of document.querySelectorAll<HTMLElement>('table')) {
      const box = scrollBox(el);
      if (box && box.scrollWidth > box.clientWidth + 1)
        problems.push(
          `table "${el.getAttribute('aria-label')}" scrolls sideways (${box.scrollWidth} > ${box.clientWidth})`,
        );
    }
    return problems;
  });
}

async function signedInPage(browser: Browser, baseURL: string | undefined, locale: string) {
  const page = await (await browser.newContext({ locale, baseURL })).newPage();
  await page.goto('/login?next=%2Fproducts');
  await page.locator('input[autocomplete="username"]').first().fill('manager');
  await page.locator('input[autocomplete="current-password"]').fill('manager');
  await page.locator('form button[type="submit"]').click();
  await expect(page).toHaveURL(/\/products$/);
  return page;
}

for (const locale of ['en-US', 'zh-CN']) {
  test(`every page fits in ${locale} at 1440×900 and 1920×1080`, async ({ browser, baseURL }) => {
    test.setTimeout(240_000);
    const page = await signedInPage(browser, baseURL, locale);
    await expect(page.locator('html')).toHaveAttribute(
      'lang',
      locale.slice(0, 2) === 'zh' ? 'zh-CN' : 'en',
    );
    const problems: string[] = [];
    for (const size of SIZES) {
      await page.setViewportSize(size);
      for (const target of PAGES) {
        await page.goto(target.path);
        await target.ready(page);
        const label = `${target.name} ${locale} ${size.width}`;
        problems.push(...(await overflowing(page)).map((p) => `${label}: ${p}`));
        await page.screenshot({
          path: test.info().outputPath(`${target.name}-${locale}-${size.width}.png`),
          fullPage: true,
        });
      }
    }
    await page.context().close();

    const link = issueKioskLink([
      '--label',
      `Layout ${locale}`,
      '--lang',
      locale.startsWith('zh') ? 'zh-CN' : 'en',
    ]);
    const kiosk = await (await browser.newContext({ locale, baseURL })).newPage();
    for (const size of SIZES) {
      await kiosk.setViewportSize(size);
      await kiosk.goto(link.path);
      await expect(kiosk.getByTestId('kiosk-panel').first()).toBeVisible({ timeout: 30_000 });
      // Every panel on screen with its figures (none still loading).
      const panels = await kiosk.getByTestId('kiosk-panel').count();
      await expect(kiosk.getByLabel(/^(Succeeded|成功)[:：] ?[\d,]+$/)).toHaveCount(panels, {
        timeout: 60_000,
      });
      problems.push(
        ...(await overflowing(kiosk)).map((p) => `kiosk ${locale} ${size.width}: ${p}`),
      );
      await kiosk.screenshot({ path: test.info().outputPath(`kiosk-${locale}-${size.width}.png`) });
    }
    await kiosk.context().close();
    expect(problems).toEqual([]);
  });
}

for (const locale of ['en-US', 'zh-CN']) {
  test(`the header keeps to its one bar on a phone (390×844) in ${locale}`, async ({
    browser,
    baseURL,
  }) => {
    const page = await signedInPage(browser, baseURL, locale);
    await page.setViewportSize({ width: 390, height: 844 });
    await expect(page.getByRole('table')).toBeVisible();
    const spill = await page.locator('header').evaluate((header) => {
      const bar = header.getBoundingClientRect();
      return [...header.querySelectorAll<HTMLElement>('button, select, h1')]
        .filter((el) => el.offsetParent !== null)
        .map((el) => ({ el, box: el.getBoundingClientRect() }))
        .filter(({ box }) => box.bottom > bar.bottom + 1 || box.right > bar.right + 1)
        .map(({ el }) => el.getAttribute('aria-label') ?? el.textContent);
    });
    expect(spill).toEqual([]);
    await expect(page.getByRole('button', { name: /^(Sign out|退出登录)$/ })).toBeVisible();
    await page.screenshot({ path: test.info().outputPath(`header-${locale}-390.png`) });
    await page.context().close();
  });
}

test('no page is wider than a phone (390×844); wide tables scroll in their own box', async ({
  browser,
  baseURL,
}) => {
  test.setTimeout(120_000);
  const page = await signedInPage(browser, baseURL, 'en-US');
  await page.setViewportSize({ width: 390, height: 844 });
  const wide: string[] = [];
  for (const target of PAGES) {
    await page.goto(target.path);
    await target.ready(page);
    const width = await page.evaluate(() => document.documentElement.scrollWidth);
    if (width > 391) wide.push(`${target.name} is ${width}px wide`);
    // A narrow table scrolls; it does not cut its badges' words short.
    const cut = await page.evaluate(() =>
      [...document.querySelectorAll<HTMLElement>('.mantine-Badge-label')]
        .filter((el) => el.offsetParent !== null && el.scrollWidth > el.clientWidth + 1)
        .map((el) => el.textContent),
    );
    if (cut.length > 0) wide.push(`${target.name} cuts ${cut.join(', ')}`);
  }
  expect(wide).toEqual([]);
  await page.context().close();
});
