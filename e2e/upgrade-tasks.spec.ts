import type { Locator, Page } from '@playwright/test';

import { expect, signIn, test } from './fixtures';

/** Seeded product and firmware (src/emulator/db/seed-catalog.ts). */
const TASKS = '/products/a1AssetTrk1/tasks';
const FIRMWARE = /^T1-main-2\.4\.0/;

// Tasks move on their own while the simulation clock runs: hold it still during these tests.
test.use({ holdClock: true });

async function pick(page: Page, field: Locator, option: string | RegExp) {
  await field.click();
  await page.getByRole('option', { name: option }).click();
}

const table = (page: Page) => page.getByRole('table', { name: 'Device upgrade tasks' });
const rowOf = (page: Page, device: string) =>
  table(page)
    .getByRole('row')
    .filter({ has: page.getByText(device, { exact: true }) });

async function openFirmware(page: Page) {
  await pick(page, page.getByRole('combobox', { name: 'Firmware' }), FIRMWARE);
  await expect(table(page)).toBeVisible();
}

test('a manager selects devices, previews, cancels and sees the statuses change', async ({
  page,
}) => {
  await signIn(page, 'manager', TASKS);
  await openFirmware(page);
  await pick(page, page.getByRole('combobox', { name: 'Status' }), 'Queued');
  await expect(table(page).getByText('Queued').first()).toBeVisible();
  await expect(table(page).getByText('Succeeded')).toHaveCount(0);
  await page.screenshot({ path: test.info().outputPath('tasks-page.png'), fullPage: true });

  const boxes = table(page).getByRole('checkbox', { name: /^Select trk-/ });
  const devices: string[] = [];
  for (let i = 0; i < 3; i++) {
    await boxes.nth(i).check();
    devices.push(((await boxes.nth(i).getAttribute('aria-label')) ?? '').replace('Select ', ''));
  }
  await expect(page.getByText(/^3 selected of/)).toBeVisible();

  await page.getByRole('button', { name: 'Cancel upgrade' }).click();
  const dialog = page.getByRole('dialog', { name: 'Cancel upgrade' });
  await expect(dialog.getByRole('combobox', { name: 'Firmware' })).toHaveValue(FIRMWARE);
  const field = dialog.getByRole('textbox', { name: 'Devices' });
  await expect(field).toHaveValue(devices.join('\n'));
  await expect(dialog.getByRole('combobox', { name: 'Job ID' })).toHaveValue('');

  // Pasted extras: a device without a task, a duplicate, and a name that cannot exist.
  await field.fill(`${devices.join(', ')}\ntrk-99999 ${devices[0]}\nx!`);
  await expect(dialog.getByText('4 devices · 1 duplicate removed · 1 invalid')).toBeVisible();
  await expect(dialog.getByRole('list', { name: 'Invalid device names' })).toContainText('“x!”');
  await page.screenshot({ path: test.info().outputPath('tasks-dialog.png') });
  await dialog.getByRole('button', { name: 'Preview' }).click();
  await expect(dialog.getByText(/Not a device name: "x!"/)).toBeVisible();
  await field.fill(`${devices.join(', ')}\ntrk-99999 ${devices[0]}`);
  await dialog.getByRole('button', { name: 'Preview' }).click();

  // The form and its Preview button are gone: focus is on what the preview says, not <body>.
  await expect(
    dialog.getByText('3 of 4 devices have a task that will be cancelled.'),
  ).toBeFocused();
  const preview = dialog.getByRole('table', { name: 'Preview by device' });
  await expect(preview.getByRole('row').filter({ hasText: 'trk-99999' })).toContainText(
    'no task for this firmware',
  );
  for (const device of devices) {
    await expect(preview.getByRole('row').filter({ hasText: device })).toContainText(
      'Will be cancelled',
    );
  }
  await page.screenshot({ path: test.info().outputPath('tasks-preview.png') });

  await dialog.getByRole('button', { name: 'Cancel tasks' }).click();
  await expect(dialog.getByRole('status')).toContainText(
    '3 cancelled · 1 not cancellable · 0 failed',
  );
  // The preview and its "Cancel tasks" button are gone: focus is on the outcome, not <body>.
  await expect(dialog.getByRole('status')).toBeFocused();
  await page.screenshot({ path: test.info().outputPath('tasks-summary.png') });
  await dialog.getByRole('button', { name: 'Close' }).first().click();
  await expect(dialog).toBeHidden();

  // The table refetched: the cancelled tasks left the "Queued" list and now read "Cancelled".
  for (const device of devices) await expect(rowOf(page, device)).toHaveCount(0);
  await page.getByRole('textbox', { name: 'Device name' }).fill(devices.join(','));
  await pick(page, page.getByRole('combobox', { name: 'Status' }), 'Cancelled');
  for (const device of devices) await expect(rowOf(page, device)).toContainText('Cancelled');
  await page.screenshot({ path: test.info().outputPath('tasks-after.png'), fullPage: true });
});

test('"select all matching the filter" and more than 50 devices ask for the number', async ({
  page,
}) => {
  await signIn(page, 'manager', TASKS);
  await openFirmware(page);
  await pick(page, page.getByRole('combobox', { name: 'Status' }), 'Pending confirmation');
  await expect(page).toHaveURL(/status=CONFIRM/);
  await expect(page.locator('[aria-busy="true"]')).toHaveCount(0);
  await expect(table(page).getByText('Queued')).toHaveCount(0);
  const selectAll = page.getByRole('button', { name: /^Select all \d+ matching the filter$/ });
  const total = Number((await selectAll.textContent())?.match(/\d+/)?.[0]);
  expect(total).toBeGreaterThan(50);
  await selectAll.click();
  await expect(page.getByText(`${total} selected of ${total} tasks`)).toBeVisible();

  await page.getByRole('button', { name: 'Cancel upgrade' }).click();
  const dialog = page.getByRole('dialog', { name: 'Cancel upgrade' });
  await dialog.getByRole('button', { name: 'Preview' }).click();
  const confirm = dialog.getByRole('button', { name: 'Cancel tasks' });
  await expect(
    dialog.getByText(`${total} of ${total} devices have a task that will be cancelled.`),
  ).toBeVisible();
  await expect(confirm).toBeDisabled();
  await dialog.getByLabel(`Type ${total} to confirm`).fill(String(total - 1));
  await expect(confirm).toBeDisabled();
  await dialog.getByLabel(`Type ${total} to confirm`).fill(String(total));
  await page.screenshot({ path: test.info().outputPath('tasks-type-to-confirm.png') });
  await confirm.click();
  await expect(dialog.getByRole('status')).toContainText(
    `${total} cancelled · 0 not cancellable · 0 failed`,
  );
  await page.keyboard.press('Escape');
  await expect(page.getByText('No device task matches.')).toBeVisible();
});

test('a viewer sees the tasks but no "Cancel upgrade" and no selection', async ({ page }) => {
  await signIn(page, 'viewer', TASKS);
  await openFirmware(page);
  await expect(table(page).getByRole('row').nth(1)).toBeVisible();
  await expect(page.getByRole('button', { name: 'Cancel upgrade' })).toHaveCount(0);
  await expect(table(page).getByRole('checkbox')).toHaveCount(0);
  const status = await page.evaluate(async () => {
    const response = await fetch('/api/products/a1AssetTrk1/firmware/x/cancel', {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ deviceNames: ['trk-00001'] }),
    });
    return response.status;
  });
  expect(status).toBe(403);
});

test('with no firmware in the URL the newest upgradable package is shown; no firmware says so', async ({
  page,
}) => {
  await signIn(page, 'viewer', '/products');
  await page.goto(TASKS);
  await expect(page).toHaveURL(/\/tasks\?firmware=[^&]+$/);
  // The newest package that can have jobs (the newer T1-gnss-3.1.0 is still unverified).
  await expect(page.getByRole('combobox', { name: 'Firmware' })).toHaveValue(FIRMWARE);
  await expect(table(page).getByRole('row').nth(1)).toContainText(/trk-/);
  // The default replaced the bare address: Back leaves the page.
  await page.goBack();
  await expect(page).toHaveURL(/\/products$/);

  // An explicit firmware wins over the default.
  await page.goto(TASKS);
  await expect(page).toHaveURL(/firmware=/);
  await openFirmware(page);
  const chosen = new URL(page.url()).searchParams.get('firmware');
  await page.reload();
  await expect(page.getByRole('combobox', { name: 'Firmware' })).toHaveValue(FIRMWARE);
  expect(new URL(page.url()).searchParams.get('firmware')).toBe(chosen);

  await page.goto('/products/a1TempSns04/tasks');
  await expect(page.getByText(/This product has no firmware packages yet/)).toBeVisible();
  await expect(page).toHaveURL(/\/tasks$/);
  await page.screenshot({ path: test.info().outputPath('tasks-no-firmware.png'), fullPage: true });
});

test('Job ID offers the firmware’s jobs to search; an unknown typed ID is refused on the field', async ({
  page,
}) => {
  await signIn(page, 'manager', TASKS);
  await openFirmware(page);
  await pick(page, page.getByRole('combobox', { name: 'Status' }), 'Queued');
  await table(page)
    .getByRole('checkbox', { name: /^Select trk-/ })
    .first()
    .check();
  await page.getByRole('button', { name: 'Cancel upgrade' }).click();
  const dialog = page.getByRole('dialog', { name: 'Cancel upgrade' });
  const jobField = dialog.getByRole('combobox', { name: 'Job ID' });

  await jobField.click();
  const options = page.getByRole('option', { name: / · / });
  await expect(options.first()).toBeVisible();
  const count = await options.count();
  const firstLabel = (await options.first().textContent()) ?? '';
  const jobId = firstLabel.split(' · ').pop() ?? '';
  expect(jobId).toMatch(/^\w{10,}$/);
  // Searching by part of the ID narrows the list.
  await jobField.fill(jobId.slice(-6));
  await expect(options).toHaveCount(1);
  await page.screenshot({ path: '/tmp/shots/cancel-job-search.png' });
  await options.first().click();
  await expect(jobField).toHaveValue(jobId);
  expect(count).toBeGreaterThanOrEqual(1);

  // Typing an ID by hand still works; one no job has is refused on the field itself.
  await jobField.fill('0'.repeat(26));
  await page.keyboard.press('Escape');
  await dialog.getByRole('button', { name: 'Preview' }).click();
  await expect(jobField).toHaveAttribute('aria-invalid', 'true');
  await expect(dialog.getByText(/^No upgrade job has this ID \(RequestId [\w-]+\)$/)).toBeVisible();
  await page.screenshot({ path: '/tmp/shots/cancel-job-unknown.png' });
});
