import { expect, type Page } from '@playwright/test';

/**
 * Brings the report's charts on screen: each mounts once its place comes into view (a phone's
 * first screen shows none of them), so every placeholder is scrolled to until none is left.
 */
export async function showReportCharts(page: Page) {
  const placeholders = page.locator('[data-chart-placeholder]');
  await expect(async () => {
    if ((await placeholders.count()) > 0)
      await placeholders.first().scrollIntoViewIfNeeded({ timeout: 1_000 });
    await expect(placeholders).toHaveCount(0, { timeout: 2_000 });
  }).toPass({ timeout: 20_000 });
}
