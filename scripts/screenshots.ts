/**
 * Screenshots of every page for a look by eye: `npx tsx scripts/screenshots.ts [baseUrl] [outDir]`
 * against a running console (npm start).
 */
import { mkdirSync } from 'node:fs';
import path from 'node:path';

import { chromium } from '@playwright/test';

import { CHROMIUM_ARGS, CHROMIUM_PATH } from '../e2e/chromium';

const baseUrl = process.argv[2] ?? 'http://localhost:8080';
const outDir = path.resolve(process.argv[3] ?? '/tmp/shots');
mkdirSync(outDir, { recursive: true });

const browser = await chromium.launch({ executablePath: CHROMIUM_PATH, args: CHROMIUM_ARGS });
const page = await browser.newPage({ viewport: { width: 1440, height: 900 } });
const shot = async (name: string) => {
  await page.waitForLoadState('networkidle');
  await page.waitForTimeout(1000);
  await page
    .locator('[aria-label="Loading"], .mantine-Skeleton-root')
    .first()
    .waitFor({ state: 'detached', timeout: 15_000 })
    .catch(() => process.stdout.write(`${name}: still loading after 15 s\n`));
  await page.screenshot({ path: path.join(outDir, `${name}.png`), fullPage: true });
  process.stdout.write(`${name}.png\n`);
};

await page.goto(`${baseUrl}/login`);
await shot('login');
await page.getByLabel('Username').fill(process.env.SHOT_USER ?? 'manager');
await page.getByLabel('Password').fill(process.env.SHOT_PASSWORD ?? 'manager');
await page.getByRole('button', { name: 'Sign in' }).click();
await page.waitForURL(/\/products/);
await shot('products');
const productKey = await page
  .getByRole('link', { name: /^Modules/ })
  .first()
  .getAttribute('href')
  .then((href) => href?.split('/')[2]);
for (const route of [
  `/products/${productKey}/modules`,
  `/products/${productKey}/tasks`,
  '/reports',
  '/audit',
]) {
  await page.goto(`${baseUrl}${route}`);
  await shot(route.replace(/^\//, '').replace(/\//g, '_'));
}
await browser.close();
