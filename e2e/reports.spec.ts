import { readFileSync } from 'node:fs';

import type { APIRequestContext, Page } from '@playwright/test';

import { expect, signIn, test } from './fixtures';
import { showReportCharts, showReportRecords } from './report-parts';

const STATUSES = ['Send failed', 'Waiting for download', 'Downloading', 'Succeeded', 'Failed'];
const KEYS = ['sendFailed', 'waiting', 'downloading', 'succeeded', 'failed'] as const;

interface Ready {
  state: 'ready';
  counts: Record<(typeof KEYS)[number], number>;
  selected: number;
}

/** The BFF's answer for the filters now in the page's URL (polled past `pending`). */
async function apiSummary(request: APIRequestContext, page: Page): Promise<Ready> {
  const search = new URL(page.url()).search;
  let body: { state?: string } = {};
  await expect
    .poll(
      async () => {
        body = await (await request.get(`/api/reports/summary${search}`)).json();
        return body.state;
      },
      { message: 'the summary gets ready', timeout: 30_000 },
    )
    .toBe('ready');
  return body as Ready;
}

// The demo world keeps moving; hold its clock so the page and the API see the same records.
test.use({ holdClock: true });

async function showProductReport(page: Page) {
  await signIn(page, 'viewer', '/reports');
  await page.getByRole('combobox', { name: 'Product' }).click();
  await page.getByRole('option', { name: 'Asset Tracker T1' }).click();
  await page.getByRole('button', { name: 'Last 30 days' }).click();
  await expect(page).toHaveURL(/productKey=a1AssetTrk1/);
  await expect(page.getByRole('heading', { name: 'Upgrade status' })).toBeVisible({
    timeout: 30_000,
  });
}

test('the chart legend names the five statuses with the API’s counts; filters survive a reload', async ({
  page,
}) => {
  await page.setViewportSize({ width: 1440, height: 1000 });
  await showProductReport(page);
  const legend = page.getByRole('list', { name: 'Status distribution' });
  const items = legend.getByRole('listitem');
  await expect(items).toHaveCount(5);
  const summary = await apiSummary(page.request, page);
  for (const [i, name] of STATUSES.entries()) {
    await expect(items.nth(i)).toContainText(name);
    await expect(items.nth(i).getByTestId('status-count')).toHaveText(
      summary.counts[KEYS[i] as (typeof KEYS)[number]].toLocaleString('en-US'),
    );
  }
  await expect(page.getByRole('table', { name: 'Report records' }).getByRole('row')).toHaveCount(
    26,
  );
  await page.screenshot({ path: test.info().outputPath('report-desktop.png'), fullPage: true });
  // The donut is hidden from assistive technology (the list carries the figures): nothing in it
  // may take keyboard focus either.
  await expect(page.locator('.recharts-pie').first()).toBeAttached();
  await expect(page.locator('[aria-hidden="true"] [tabindex]:not([tabindex="-1"])')).toHaveCount(0);

  // Every record, sorted by status: the URL carries it and a reload shows the same view.
  await page.getByRole('switch', { name: /Count every command record/ }).click();
  await expect(page).toHaveURL(/count=all/);
  await expect(page.getByRole('switch', { name: /Count every command record/ })).toBeChecked();
  await page.getByRole('button', { name: 'Status', exact: true }).click();
  await expect(page).toHaveURL(/sort=status/);
  await page.reload();
  await expect(page.getByRole('switch', { name: /Count every command record/ })).toBeChecked();
  const all = await apiSummary(page.request, page);
  await expect(items.nth(3).getByTestId('status-count')).toHaveText(
    all.counts.succeeded.toLocaleString('en-US'),
  );
  await expect(
    page.getByRole('table', { name: 'Report records' }).getByRole('row').nth(1),
  ).toContainText('Send failed');
});

test('the CSV export holds exactly the selected records', async ({ page }) => {
  await showProductReport(page);
  const summary = await apiSummary(page.request, page);
  const downloading = page.waitForEvent('download');
  await page.getByRole('link', { name: 'Export CSV' }).click();
  const download = await downloading;
  expect(download.suggestedFilename()).toMatch(/^upgrade-report-.*\.csv$/);
  const lines = readFileSync(await download.path(), 'utf8')
    .trim()
    .split('\r\n');
  expect(lines[0]).toContain('Device name,Terminal id,Device number,Status');
  expect(lines).toHaveLength(summary.selected + 1);
  const succeeded = lines.filter((line) => line.includes(',Succeeded,3,')).length;
  expect(succeeded).toBe(summary.counts.succeeded);
});

test('a first visit shows the first product over the last 7 days; an explicit URL wins', async ({
  page,
}) => {
  await signIn(page, 'viewer', '/products');
  await page.getByRole('link', { name: 'Upgrade report' }).click();
  // The defaults replace the bare address, so Back leaves the report instead of adding them again.
  await expect(page).toHaveURL(/\/reports\?productKey=a1AssetTrk1&range=7d$/);
  await expect(page.getByRole('combobox', { name: 'Product' })).toHaveValue('Asset Tracker T1');
  await expect(page.getByRole('heading', { name: 'Upgrade status' })).toBeVisible({
    timeout: 30_000,
  });
  await page.screenshot({
    path: test.info().outputPath('reports-first-visit.png'),
    fullPage: true,
  });
  await page.goBack();
  await expect(page).toHaveURL(/\/products$/);

  await page.goto('/reports?productKey=a1DashCam02&range=24h&count=all');
  await expect(page.getByRole('combobox', { name: 'Product' })).toHaveValue('Dash Camera D2');
  await expect(page).toHaveURL(/\/reports\?productKey=a1DashCam02&range=24h&count=all$/);
  await page.goto('/reports?range=30d');
  await expect(page).toHaveURL(/\/reports\?range=30d&productKey=a1AssetTrk1$/);
});

test('a reversed or too long range is refused on the start field and the old report goes; presets stay relative', async ({
  page,
}) => {
  await page.setViewportSize({ width: 1440, height: 900 });
  await signIn(page, 'viewer', '/reports?productKey=a1AssetTrk1&range=30d');
  const status = page.getByRole('heading', { name: 'Upgrade status' });
  await expect(status).toBeVisible({ timeout: 30_000 });

  // At 1440 px every column, "Send time" and "Last update" included, fits without a side scroll.
  const records = page.getByRole('table', { name: 'Report records' });
  const fits = await records.evaluate((table) => {
    const scroller = table.parentElement!;
    return scroller.scrollWidth <= scroller.clientWidth + 1;
  });
  expect(fits).toBe(true);
  for (const name of ['Send time', 'Last update']) {
    const box = await records.getByRole('columnheader', { name: new RegExp(name) }).boundingBox();
    expect((box?.x ?? 9999) + (box?.width ?? 0)).toBeLessThanOrEqual(1440);
  }
  await page.screenshot({ path: '/tmp/shots/report-1440.png', fullPage: true });

  // "Last 24 h" keeps the relative range in the URL, so a bookmark moves on with time.
  await page.getByRole('button', { name: 'Last 24 h' }).click();
  await expect(page).toHaveURL(/range=24h/);
  expect(new URL(page.url()).searchParams.has('from')).toBe(false);
  await page.getByRole('button', { name: 'Last 7 days' }).click();
  await expect(page).toHaveURL(/range=7d/);
  await expect(status).toBeVisible({ timeout: 30_000 });

  const from = page.getByLabel('From (UTC)');
  await from.fill('2026-12-01T10:00');
  await page.getByLabel('To (UTC)').fill('2026-11-30T10:00');
  await page.getByRole('button', { name: 'Show report' }).click();
  await expect(from).toHaveAttribute('aria-invalid', 'true');
  await expect(page.getByText('The start must be before the end')).toBeVisible();
  await expect(status).toBeHidden();
  await expect(page.getByText(/The report is cleared/)).toBeVisible();
  await expect(page).toHaveURL(/range=7d/);
  await page.screenshot({ path: '/tmp/shots/report-reversed.png' });

  await from.fill('2026-08-01T10:00');
  await page.getByRole('button', { name: 'Show report' }).click();
  await expect(page.getByText('The range can cover at most 92 days')).toBeVisible();
  await expect(status).toBeHidden();

  await from.fill('2026-11-20T10:00');
  await page.getByRole('button', { name: 'Show report' }).click();
  await expect(page).toHaveURL(/from=2026-11-20T10%3A00/);
  await expect(status).toBeVisible({ timeout: 30_000 });
});

for (const [width, height] of [
  [1440, 900],
  [390, 844],
]) {
  test(`the figures do not move when the form, the charts and the table arrive after them (${width}×${height})`, async ({
    page,
  }) => {
    await page.setViewportSize({ width: width!, height: height! });
    await signIn(page, 'viewer');
    // The report store holds the report (as for a returning visitor): the figures are the first view.
    await expect
      .poll(
        async () =>
          (
            await (
              await page.request.get('/api/reports/summary?productKey=a1AssetTrk1&range=30d')
            ).json()
          ).state,
        { timeout: 30_000 },
      )
      .toBe('ready');
    // A fresh load: where the figures are in the frame that first shows them.
    await page.addInitScript(() => {
      const w = window as unknown as { firstRects?: string };
      new MutationObserver((_, observer) => {
        const heading = [...document.querySelectorAll('h2')].find(
          (h) => h.textContent === 'Upgrade status',
        );
        const legend = document.querySelector('ul[aria-label="Status distribution"]');
        if (!heading || !legend) return;
        observer.disconnect();
        w.firstRects = JSON.stringify(
          [heading, legend].map((e) => {
            const r = e.getBoundingClientRect();
            return [r.x + window.scrollX, r.y + window.scrollY, r.width, r.height];
          }),
        );
      }).observe(document, { childList: true, subtree: true });
    });
    await page.goto('/reports?productKey=a1AssetTrk1&range=30d');
    await expect(page.getByRole('heading', { name: 'Upgrade status' })).toBeVisible({
      timeout: 30_000,
    });
    // The form took the stand-in's place, the charts theirs, and the records are listed.
    await expect(page.getByRole('combobox', { name: 'Product' })).toHaveValue('Asset Tracker T1');
    await expect(page.getByTestId('report-filters-stand-in')).toHaveCount(0);
    if (width! < 1000) {
      // On a phone the charts and the records are below the first screen: they mount only once
      // scrolled to (near).
      await expect(page.locator('[data-records-placeholder]')).toBeAttached();
      await expect(page.locator('[data-chart-placeholder]')).not.toHaveCount(0);
      await expect(page.getByRole('table', { name: 'Report records' })).toHaveCount(0);
      await showReportCharts(page);
      await showReportRecords(page);
    } else {
      await expect(page.locator('[data-chart-placeholder]')).toHaveCount(0, { timeout: 20_000 });
    }
    await expect(page.getByRole('table', { name: 'Report records' })).toBeVisible();
    const [first, now] = await page.evaluate(() => {
      const heading = [...document.querySelectorAll('h2')].find(
        (h) => h.textContent === 'Upgrade status',
      )!;
      const legend = document.querySelector('ul[aria-label="Status distribution"]')!;
      return [
        (window as unknown as { firstRects?: string }).firstRects,
        JSON.stringify(
          [heading, legend].map((e) => {
            const r = e.getBoundingClientRect();
            return [r.x + window.scrollX, r.y + window.scrollY, r.width, r.height];
          }),
        ),
      ];
    });
    expect(first).toBeDefined();
    expect(now).toBe(first);
  });
}
