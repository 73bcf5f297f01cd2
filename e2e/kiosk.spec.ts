import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';

import type { Page } from '@playwright/test';

import { expectNoSeriousA11yViolations } from './axe';
import { expect, test } from './fixtures';
import { startConsole, stopConsole } from './kiosk-console';
import { issueKioskLink, kioskCli } from './kiosk-links';

const STATUSES = ['Send failed', 'Waiting for download', 'Downloading', 'Succeeded', 'Failed'];
const UPDATED = /^Updated \d{4}-\d{2}-\d{2} \d{2}:\d{2}:\d{2} UTC/;

async function expectKioskBoard(page: Page) {
  await expect(page.getByRole('heading', { name: 'Upgrade status' })).toBeVisible({
    timeout: 30_000,
  });
  const legend = page.getByRole('list', { name: /status distribution$/ }).first();
  await expect(legend.getByRole('listitem')).toHaveCount(5, { timeout: 30_000 });
  for (const name of STATUSES) await expect(legend).toContainText(name);
  await expect(page.getByText(UPDATED)).toBeVisible();
}

/** Every panel on screen shows its figures (not loading). */
async function expectEveryPanelReady(page: Page) {
  const panels = await page.getByTestId('kiosk-panel').count();
  expect(panels).toBeGreaterThan(0);
  await expect(page.getByLabel(/^Succeeded: \d+/)).toHaveCount(panels, { timeout: 60_000 });
}

/**
 * Figures arrive by push: the "Updated" time moves on twice (a sync every refresh), and between the
 * two not one summary is asked for by request.
 */
async function expectPushed(page: Page, refreshMs: number) {
  const polls: string[] = [];
  const onRequest = (r: { url(): string }) => {
    if (r.url().includes('/api/reports/summary')) polls.push(r.url());
  };
  page.on('request', onRequest);
  const updated = page.getByText(UPDATED).first();
  const changed = async (from: string | null) => {
    await expect.poll(() => updated.textContent(), { timeout: 4 * refreshMs }).not.toBe(from);
    return updated.textContent();
  };
  const once = await changed(await updated.textContent());
  const before = polls.length;
  await changed(once);
  expect(polls.length).toBe(before);
  page.off('request', onRequest);
}

interface Box {
  x: number;
  y: number;
  width: number;
  height: number;
}

interface PanelLayout {
  title: string;
  panel: Box;
  parts: Array<{ name: string; box: Box }>;
  overflowing: string[];
}

const inside = (inner: Box, outer: Box) =>
  inner.width > 0 &&
  inner.height > 0 &&
  inner.x >= outer.x - 0.5 &&
  inner.y >= outer.y - 0.5 &&
  inner.x + inner.width <= outer.x + outer.width + 0.5 &&
  inner.y + inner.height <= outer.y + outer.height + 0.5;

/**
 * One snapshot of every panel on screen (so a page turn cannot split it): the boxes of its title,
 * three headline counts, donut, timeline and legend rows, and every element whose content is larger
 * than its box.
 */
const LAYOUT = `(() => {
  const rect = (el) => { const r = el.getBoundingClientRect(); return { x: r.x, y: r.y, width: r.width, height: r.height }; };
  return [...document.querySelectorAll('[data-testid=kiosk-panel]')].map((panel) => {
    const parts = [
      ['title', panel.querySelector('h2')],
      ...[...panel.querySelectorAll('[data-testid=kiosk-stat]')].map((el, i) => ['count ' + i, el]),
      ['donut', panel.querySelector('[data-testid=kiosk-donut] svg')],
      ['timeline', panel.querySelector('[data-testid=kiosk-timeline]')],
      ...[...panel.querySelectorAll('li')].map((el, i) => ['legend row ' + i, el]),
    ].map(([name, el]) => ({ name, box: el ? rect(el) : { x: 0, y: 0, width: 0, height: 0 } }));
    const overflowing = [];
    for (const el of [panel, ...panel.querySelectorAll('*')]) {
      // The chart library measures through a 0×0 box; the donut's own box is checked above.
      if (el.closest('svg') || el.closest('[data-testid=kiosk-donut]') !== el && el.closest('[data-testid=kiosk-donut]')) continue;
      const display = getComputedStyle(el).display;
      if (display === 'inline' || display === 'contents') continue;
      if (el.scrollWidth > el.clientWidth + 1 || el.scrollHeight > el.clientHeight + 1)
        overflowing.push(el.tagName + '.' + el.className + '[' + (el.getAttribute('style') ?? '') + '] ' + el.scrollWidth + 'x' + el.scrollHeight + ' in ' + el.clientWidth + 'x' + el.clientHeight);
    }
    return { title: panel.querySelector('h2')?.textContent ?? '', panel: rect(panel), parts, overflowing };
  });
})()`;

/** Counts, donut and the five legend rows of every panel on screen lie inside viewport and panel. */
async function expectPanelsFit(page: Page, label: string) {
  const viewport = page.viewportSize() as { width: number; height: number };
  const screen = { x: 0, y: 0, ...viewport };
  const layouts = (await page.evaluate(LAYOUT)) as PanelLayout[];
  expect(layouts.length).toBeGreaterThan(0);
  for (const { title, panel, parts, overflowing } of layouts) {
    const where = `${label} panel "${title}"`;
    expect(inside(panel, screen), `${where} inside the viewport`).toBe(true);
    expect(parts.filter((p) => p.name.startsWith('legend row'))).toHaveLength(5);
    expect(parts.filter((p) => p.name.startsWith('count'))).toHaveLength(3);
    for (const { name, box } of parts) {
      expect(inside(box, screen), `${where}: ${name} inside the viewport`).toBe(true);
      expect(inside(box, panel), `${where}: ${name} inside the panel`).toBe(true);
    }
    expect(overflowing, `${where}: overflowing elements`).toEqual([]);
  }
  const fonts = (await page.evaluate(
    `[...document.querySelectorAll('[data-testid=kiosk-headline]')].map((el) => parseFloat(getComputedStyle(el).fontSize))`,
  )) as number[];
  expect(fonts.length).toBeGreaterThan(0);
  for (const size of fonts)
    expect(size, `${label} headline font`).toBeGreaterThanOrEqual(0.045 * viewport.height);
  const scroll = await page.evaluate(`({
    tall: document.documentElement.scrollHeight - window.innerHeight,
    wide: document.documentElement.scrollWidth - window.innerWidth,
  })`);
  expect(scroll, `${label}: the page does not scroll`).toEqual({ tall: 0, wide: 0 });
}

for (const [width, height] of [
  [1280, 720],
  [1920, 1080],
  [3840, 2160],
  [1080, 1920],
] as const) {
  test(`every panel fits a ${width}×${height} screen, paging when there are more than fit`, async ({
    page,
  }) => {
    test.setTimeout(120_000);
    await page.setViewportSize({ width, height });
    const link = issueKioskLink(['--label', `Fit ${width}x${height}`, '--rotate-seconds', '12']);
    await page.goto(link.path);
    await expectKioskBoard(page);
    const pager = page.getByLabel(/^Page \d+ of \d+$/);
    const pages = (await pager.count())
      ? Number(/of (\d+)/.exec((await pager.getAttribute('aria-label')) ?? '')?.[1])
      : 1;
    for (let p = 1; p <= pages; p++) {
      if (pages > 1)
        await expect(page.getByLabel(`Page ${p} of ${pages}`)).toBeVisible({ timeout: 15_000 });
      await expectEveryPanelReady(page);
      // One snapshot may catch the donut between two sizes while the page settles.
      await expect(() => expectPanelsFit(page, `${width}×${height} page ${p}`)).toPass({
        timeout: 5_000,
      });
      await page.screenshot({ path: test.info().outputPath(`kiosk-${width}x${height}-p${p}.png`) });
    }
  });
}

test('the board is laid out for its screen from the first frame, and has no serious axe findings', async ({
  page,
}) => {
  await page.setViewportSize({ width: 1350, height: 940 });
  // The grid's columns as first put in the page, before any effect could measure the screen.
  await page.addInitScript(() => {
    new MutationObserver((_, observer) => {
      const grid = document.querySelector<HTMLElement>('main[style*="grid-template-columns"]');
      if (!grid) return;
      document.documentElement.dataset.firstColumns = grid.style.gridTemplateColumns;
      observer.disconnect();
    }).observe(document, { childList: true, subtree: true });
  });
  const link = issueKioskLink(['--label', 'First frame', '--rotate-seconds', '600']);
  await page.goto(link.path);
  await expectKioskBoard(page);
  await expectEveryPanelReady(page);
  const columns = await page.locator('main').evaluate((el) => el.style.gridTemplateColumns);
  expect(columns).not.toMatch(/^repeat\(1,/);
  expect(await page.locator('html').getAttribute('data-first-columns')).toBe(columns);
  await expectNoSeriousA11yViolations(page);
});

test('a page turn mounts the same donuts again: each keeps its chart name, so nothing piles up over weeks', async ({
  page,
}) => {
  test.setTimeout(90_000);
  await page.setViewportSize({ width: 1920, height: 1080 });
  // Every product (more than fit one 1080p screen) and the fastest rotation.
  const link = issueKioskLink(['--label', 'Rotation test', '--rotate-seconds', '5']);
  await page.goto(link.path);
  await expectKioskBoard(page);
  const pager = page.getByLabel(/^Page \d+ of \d+$/);
  await expect(pager).toBeVisible();
  const pages = Number(/of (\d+)/.exec((await pager.getAttribute('aria-label')) ?? '')?.[1]);
  expect(pages).toBeGreaterThan(1);
  // The chart library names each pie, and keeps every name it was given for good: a new name per
  // mount grew the kiosk's heap by one entry per panel per page turn. Read in one go with the page
  // number, so a page turn cannot split it.
  const ON_SCREEN = `({
    page: document.querySelector('[aria-label^="Page "]')?.getAttribute('aria-label'),
    names: [...document.querySelectorAll('[data-testid=kiosk-panel]')].map((panel) =>
      [...new Set([...panel.querySelectorAll('[data-recharts-item-id]')].map((el) => el.getAttribute('data-recharts-item-id')))].join(',')),
  })`;
  const names = async (p: number) => {
    let seen: string[] = [];
    await expect
      .poll(
        async () => {
          const now = (await page.evaluate(ON_SCREEN)) as { page: string; names: string[] };
          seen = now.names;
          return now.page === `Page ${p} of ${pages}` && seen.length > 0 && seen.every(Boolean);
        },
        { timeout: 30_000 },
      )
      .toBe(true);
    return seen;
  };
  const first = await names(1);
  for (const name of first) expect(name).toMatch(/^kiosk-donut-[^,]+$/);
  const second = await names(2);
  expect(second.filter((name) => first.includes(name))).toEqual([]);
  expect(await names(1)).toEqual(first);
});

test('the printed kiosk link: token gone from the address bar, no controls, nothing else readable', async ({
  page,
}) => {
  await page.setViewportSize({ width: 1920, height: 1080 });
  const token = readFileSync(
    path.join(process.env.E2E_DATA_DIR as string, 'kiosk-startup-token'),
    'utf8',
  ).trim();
  await page.goto(`/kiosk?token=${token}`);
  await expectKioskBoard(page);
  await expect(page).toHaveURL(/\/kiosk$/);
  await expectEveryPanelReady(page);
  for (const role of ['button', 'textbox', 'switch', 'checkbox', 'combobox'] as const) {
    await expect(page.getByRole(role)).toHaveCount(0);
  }
  expect(
    await page.evaluate(`document.documentElement.getAttribute('data-mantine-color-scheme')`),
  ).toBe('dark');
  // The link's cookie is HttpOnly: the page's scripts never see the token again.
  expect(await page.evaluate('document.cookie')).not.toContain(token);
  expect((await page.request.get('/api/products')).status()).toBe(403);
  // Aggregates only, whatever page size the session asks for.
  const productKey = (await (await page.request.get('/api/kiosk/config')).json()).panels[0]
    .productKey;
  const summary = await (
    await page.request.get(`/api/reports/summary?productKey=${productKey}&range=24h&pageSize=50`)
  ).json();
  expect(summary.rows.items).toEqual([]);
});

test('a lapsed kiosk session is set up again within one refresh; a revoked link says "revoked"', async ({
  page,
  context,
}) => {
  test.setTimeout(90_000);
  await page.setViewportSize({ width: 1920, height: 1080 });
  const link = issueKioskLink(['--label', 'Session test', '--product', 'a1AssetTrk1']);
  const refreshMs = 5_000;
  await page.goto(link.path);
  await expectKioskBoard(page);
  await expectEveryPanelReady(page);
  const sessionCookie = async () =>
    (await context.cookies()).find((c) => c.name === 'ota_session')?.value;
  const first = await sessionCookie();
  expect(first).toBeTruthy();

  // The session lapses (its cookie is gone): the next refresh sets up a new one by itself.
  await context.clearCookies({ name: 'ota_session' });
  const renewed = page.waitForResponse(
    (r) => r.url().endsWith('/api/kiosk/session') && r.status() === 200,
    { timeout: refreshMs + 3_000 },
  );
  await renewed;
  await expect.poll(sessionCookie, { timeout: 3_000 }).toBeTruthy();
  // …and the screen reads its figures and settings with it (no error, no sign-in).
  await page.waitForResponse((r) => r.url().includes('/api/kiosk/config') && r.status() === 200, {
    timeout: refreshMs + 3_000,
  });
  await expect(page.getByRole('alert')).toHaveCount(0);
  await expectEveryPanelReady(page);

  // Still pushed: the figures' time moves on with no poll.
  await expectPushed(page, refreshMs);

  // Revoked: the screen ends within one refresh, and says why.
  kioskCli(['revoke', link.id]);
  await expect(page.getByRole('heading', { name: /revoked/ })).toBeVisible({
    timeout: refreshMs + 3_000,
  });
  await page.screenshot({ path: test.info().outputPath('kiosk-revoked.png') });
  // A reload cannot bring it back: the link cookie was dropped with the refusal.
  await page.reload();
  await expect(page.getByRole('heading', { name: /revoked|not valid/ })).toBeVisible({
    timeout: 15_000,
  });
});

test('figures arrive by server push; the screen polls only while the push is down', async ({
  page,
}) => {
  test.setTimeout(60_000);
  await page.setViewportSize({ width: 1920, height: 1080 });
  const link = issueKioskLink(['--label', 'Push test', '--product', 'a1AssetTrk1']);
  const polls: string[] = [];
  page.on('request', (r) => {
    if (r.url().includes('/api/reports/summary')) polls.push(r.url());
  });
  const stream = page.waitForResponse(
    (r) => r.url().includes('/api/reports/stream') && r.status() === 200,
  );
  await page.goto(link.path);
  await expectKioskBoard(page);
  await stream;
  // Once the push is up, two refresh intervals (5 s each) pass without a single poll.
  await expect(page.getByLabel(/^Succeeded: \d+/)).toHaveCount(1);
  await page.waitForTimeout(1_000);
  const before = polls.length;
  await page.waitForTimeout(11_000);
  expect(polls.length).toBe(before);
  await expect(page.getByRole('alert')).toHaveCount(0);
});

test('the kiosk keeps its figures with their age while the console is down, and recovers: session and push stream too', async ({
  page,
  context,
}) => {
  const refreshMs = 5_000;
  test.setTimeout(180_000);
  await page.setViewportSize({ width: 1920, height: 1080 });
  const dataDir = mkdtempSync(path.join(os.tmpdir(), 'ota-kiosk-e2e-'));
  const port = String(Number(process.env.E2E_PORT) + 10);
  const env = { PORT: port, EMULATOR_PORT: String(Number(port) + 1), DATA_DIR: dataDir };
  let running = await startConsole(env);
  try {
    await page.goto(running.kiosk);
    await expectKioskBoard(page);
    await expectEveryPanelReady(page);
    const stale = page.getByRole('alert').filter({ hasText: 'Connection lost' });
    await expect(stale).toHaveCount(0);
    const figures = await page.getByLabel(/^Succeeded: \d+/).allTextContents();

    await stopConsole(running.child);
    await expect(stale).toBeVisible({ timeout: 30_000 });
    // The last figures stay on screen, with their age.
    await expect(
      page
        .getByRole('list', { name: /status distribution$/ })
        .first()
        .getByRole('listitem'),
    ).toHaveCount(5);
    expect(await page.getByLabel(/^Succeeded: \d+/).allTextContents()).toEqual(figures);
    await expect(page.getByText(/ago$/)).toBeVisible();
    await page.screenshot({ path: test.info().outputPath('kiosk-stale-1920x1080.png') });

    // While it is down the screen's session lapses too (its cookie is gone). The renewal is held
    // back until the push stream's reconnect has been refused (401) and the browser gave it up…
    const isStream = (r: { url(): string }) => r.url().includes('/api/reports/stream');
    await context.clearCookies({ name: 'ota_session' });
    await page.route('**/api/kiosk/session', (route) => route.abort());
    const refused = page.waitForResponse((r) => isStream(r) && r.status() === 401, {
      timeout: 150_000,
    });
    running = await startConsole(env);
    await refused;
    // …then the screen sets up its session from its link by itself, and the stream comes back
    // within a refresh or two (same data folder: the same link).
    const reopened = page.waitForResponse((r) => isStream(r) && r.status() === 200, {
      timeout: 2 * refreshMs + 5_000,
    });
    await page.unroute('**/api/kiosk/session');
    await reopened;
    await expect(stale).toHaveCount(0, { timeout: 30_000 });
    await expectKioskBoard(page);
    await expectPushed(page, refreshMs);
  } finally {
    await stopConsole(running.child);
    rmSync(dataDir, { recursive: true, force: true });
  }
});
