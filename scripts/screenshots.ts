/**
 * Screenshots of every page for a look by eye: `npx tsx scripts/screenshots.ts [baseUrl] [outDir]`
 * against a running console (npm start). The console pages are shot at desktop size in English
 * and Chinese; with the console's DATA_DIR in the environment the kiosk is shot too, at the wall
 * screens it meets (720p, 1080p, 4K, a portrait 1080p) in both languages.
 */
import { mkdirSync } from 'node:fs';
import path from 'node:path';

import { type Browser, chromium, type Page } from '@playwright/test';

import { CHROMIUM_ARGS, CHROMIUM_PATH } from '../e2e/chromium';
import { parseEnv } from '../src/bff/env';
import { kioskDatabaseFile, KioskLinkStore, kioskUrl } from '../src/bff/kiosk/kiosk-links';
import { parseKioskIssueOptions } from '../src/bff/kiosk/kiosk-options';

const baseUrl = process.argv[2] ?? 'http://localhost:8080';
const outDir = path.resolve(process.argv[3] ?? '/tmp/shots');
mkdirSync(outDir, { recursive: true });

const LANGUAGES = ['en', 'zh-CN'] as const;
const KIOSK_SCREENS = [
  { name: '1280x720', width: 1280, height: 720 },
  { name: '1920x1080', width: 1920, height: 1080 },
  { name: '3840x2160', width: 3840, height: 2160 },
  { name: 'portrait-1080x1920', width: 1080, height: 1920 },
];

async function shot(page: Page, name: string, fullPage = true) {
  await page.waitForLoadState('networkidle');
  await page.waitForTimeout(1000);
  await page
    .locator('[aria-label="Loading"], .mantine-Skeleton-root')
    .first()
    .waitFor({ state: 'detached', timeout: 15_000 })
    .catch(() => process.stdout.write(`${name}: still loading after 15 s\n`));
  await page.screenshot({ path: path.join(outDir, `${name}.png`), fullPage });
  process.stdout.write(`${name}.png\n`);
}

async function consolePages(browser: Browser, lang: (typeof LANGUAGES)[number]) {
  const context = await browser.newContext({
    viewport: { width: 1440, height: 900 },
    locale: lang,
  });
  const page = await context.newPage();
  await page.goto(`${baseUrl}/login`);
  await shot(page, `${lang}-login`);
  await page.locator('input[autocomplete="username"]').fill(process.env.SHOT_USER ?? 'manager');
  await page.locator('input[type="password"]').fill(process.env.SHOT_PASSWORD ?? 'manager');
  await page.locator('button[type="submit"]').click();
  await page.waitForURL(/\/products/);
  await shot(page, `${lang}-products`);
  const productKey = await page
    .locator('a[href*="/modules"]')
    .first()
    .getAttribute('href')
    .then((href) => href?.split('/')[2]);
  for (const route of [
    `/products/${productKey}/modules`,
    `/products/${productKey}/tasks`,
    '/reports',
    '/audit',
    '/directory',
  ]) {
    await page.goto(`${baseUrl}${route}`);
    await shot(page, `${lang}-${route.replace(/^\//, '').replace(/\//g, '_')}`);
  }
  await context.close();
}

/** A fresh kiosk link per language, issued into the running console's store. */
function issueKioskLinks(dataDir: string) {
  const env = parseEnv({ ...process.env, DATA_DIR: dataDir });
  const store = new KioskLinkStore(kioskDatabaseFile(env.DATA_DIR));
  try {
    return LANGUAGES.map((lang) => {
      const { token } = store.issue(
        parseKioskIssueOptions({ label: `Screenshots ${lang}`, lang, range: '30d' }),
      );
      return { lang, url: kioskUrl(baseUrl, token) };
    });
  } finally {
    store.close();
  }
}

const browser = await chromium.launch({ executablePath: CHROMIUM_PATH, args: CHROMIUM_ARGS });
try {
  for (const lang of LANGUAGES) await consolePages(browser, lang);
  const dataDir = process.env.DATA_DIR;
  if (!dataDir) process.stdout.write('DATA_DIR is not set: no kiosk screenshots\n');
  else {
    for (const { lang, url } of issueKioskLinks(dataDir)) {
      for (const screen of KIOSK_SCREENS) {
        const context = await browser.newContext({
          viewport: { width: screen.width, height: screen.height },
        });
        const page = await context.newPage();
        await page.goto(url);
        await shot(page, `${lang}-kiosk-${screen.name}`, false);
        await context.close();
      }
    }
  }
} finally {
  await browser.close();
}
