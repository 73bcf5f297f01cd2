import { chromium } from '@playwright/test';
const base = 'http://localhost:23451';
const pages = [
  ['products', '/products'],
  ['modules', '/products/a1DashCam02/modules'],
  ['tasks', '/products/a1AssetTrk1/tasks'],
  ['report-empty', '/reports'],
];
const browser = await chromium.launch({ executablePath: '/usr/bin/chromium', args: ['--no-sandbox', '--disable-gpu'] });
for (const lang of ['zh-CN', 'en']) {
  const context = await browser.newContext({ viewport: { width: 1440, height: 900 }, timezoneId: 'Asia/Shanghai', locale: 'en-US' });
  const page = await context.newPage();
  page.on('console', (m) => { if (m.type() === 'error') console.log(lang, 'console error', m.text()); });
  await page.goto(`${base}/login`);
  await page.locator('input[autocomplete=username]').first().fill('manager');
  await page.locator('input[type=password]').fill('manager');
  await page.keyboard.press('Enter');
  await page.waitForURL((u) => !u.pathname.startsWith('/login'));
  await page.request.put(`${base}/api/me/preferences`, { data: { locale: lang } });
  for (const [tag, path] of pages) {
    await page.goto(base + path);
    await page.waitForTimeout(4000);
    await page.screenshot({ path: `/tmp/details-shots/walk-${tag}-${lang}.png` });
  }
  await context.close();
}
await browser.close();
