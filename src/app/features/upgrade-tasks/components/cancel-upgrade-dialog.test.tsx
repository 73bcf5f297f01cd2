import { screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { delay, http } from 'msw';
import { describe, expect, it, vi } from 'vitest';

import { apiError } from '../../../testing/mocks/handlers';
import { server } from '../../../testing/mocks/server';
import { render } from '../../../testing/render';
import { CancelUpgradeDialog } from './cancel-upgrade-dialog';

const CANCEL = '/api/products/:productKey/firmware/:firmwareId/cancel';

function renderDialog(onCancelled = vi.fn()) {
  render(
    <CancelUpgradeDialog
      opened
      onClose={() => {}}
      productKey="a1AssetTrk1"
      firmwareId="fwT1main240"
      jobId=""
      deviceNames={['dev-1', 'dev-2', 'busy-3']}
      onCancelled={onCancelled}
    />,
  );
  return { dialog: screen.getByRole('dialog', { name: 'Cancel upgrade' }), onCancelled };
}

async function preview(dialog: HTMLElement) {
  await userEvent.click(within(dialog).getByRole('button', { name: 'Preview' }));
  await within(dialog).findByText('2 of 3 devices have a task that will be cancelled.');
}

describe('CancelUpgradeDialog', () => {
  it('offers the selection, previews it and cancels, showing the pending request', async () => {
    const bodies: unknown[] = [];
    let release: () => void = () => {};
    server.use(
      http.post(CANCEL, async ({ request }) => {
        bodies.push(await request.clone().json());
        await new Promise<void>((resolve) => (release = resolve));
        return undefined; // on to the contract handler
      }),
    );
    const { dialog, onCancelled } = renderDialog();
    expect(within(dialog).getByRole('textbox', { name: 'Devices' })).toHaveValue(
      'dev-1\ndev-2\nbusy-3',
    );
    await preview(dialog);

    const confirm = within(dialog).getByRole('button', { name: 'Cancel tasks' });
    await userEvent.click(confirm);
    // The confirm button shows the mutation in flight and cannot be pressed twice.
    await vi.waitFor(() => expect(confirm).toHaveAttribute('data-loading', 'true'));
    expect(confirm).toBeDisabled();
    release();

    await within(dialog).findByText('Cancel finished');
    expect(bodies).toEqual([{ deviceNames: ['dev-1', 'dev-2', 'busy-3'] }]);
    expect(onCancelled).toHaveBeenCalledTimes(1);
  });

  it('shows a refused cancel with its RequestId and stays on the preview', async () => {
    server.use(
      http.post(CANCEL, async () => {
        await delay(10);
        return apiError(503, {
          code: 'UpstreamUnavailable',
          message: 'The IoT platform did not answer',
          requestId: 'REQ-503-1',
        });
      }),
    );
    const { dialog, onCancelled } = renderDialog();
    await preview(dialog);
    await userEvent.click(within(dialog).getByRole('button', { name: 'Cancel tasks' }));

    await within(dialog).findByText('The cancel request failed');
    expect(within(dialog).getByText(/REQ-503-1/)).toBeInTheDocument();
    expect(within(dialog).getByRole('button', { name: 'Cancel tasks' })).toBeEnabled();
    expect(onCancelled).not.toHaveBeenCalled();
  });

  it('refuses an invalid device name before asking the BFF', async () => {
    const { dialog } = renderDialog();
    const devices = within(dialog).getByRole('textbox', { name: 'Devices' });
    await userEvent.clear(devices);
    await userEvent.type(devices, 'bad name!');
    await userEvent.click(within(dialog).getByRole('button', { name: 'Preview' }));
    expect(await within(dialog).findByText(/Not a device name/)).toBeInTheDocument();
  });
});
