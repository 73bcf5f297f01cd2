import { expect, type Locator, type Page } from '@playwright/test';

/** Scrolls to each of these placeholders until none is left (each part mounts near the screen). */
async function scrollUntilGone(placeholders: Locator) {
  await expect(async () => {
    if ((await placeholders.count()) > 0)
      await placeholders.first().scrollIntoViewIfNeeded({ timeout: 1_000 });
    await expect(placeholders).toHaveCount(0, { timeout: 2_000 });
  }).toPass({ timeout: 20_000 });
}

/**
 * Brings the report's charts on screen: each mounts once its place comes into view (a phone's
 * first screen shows none of them).
 */
export const showReportCharts = (page: Page) =>
  scrollUntilGone(page.locator('[data-chart-placeholder]'));

/** Brings the report's records near the screen: they mount within a screen's height of it. */
export const showReportRecords = (page: Page) =>
  scrollUntilGone(page.locator('[data-records-placeholder]'));
