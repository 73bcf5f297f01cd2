import { screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { http } from 'msw';
import { describe, expect, it } from 'vitest';

import { apiError } from '../../../testing/mocks/handlers';
import { server } from '../../../testing/mocks/server';
import { render } from '../../../testing/render';
import { FirmwarePicker } from './firmware-picker';

describe('FirmwarePicker when the firmware list cannot be read', () => {
  it('says what failed with its RequestId, and Try again reads it again', async () => {
    let calls = 0;
    server.use(
      http.get('/api/products/:productKey/firmware', () => {
        calls += 1;
        return apiError(503, {
          code: 'ServiceUnavailable',
          message: 'Upstream unavailable',
          requestId: 'REQ-FW-1',
        });
      }),
    );
    const user = userEvent.setup();
    render(<FirmwarePicker productKey="a1AssetTrk1" firmwareId="" jobId="" onChange={() => {}} />);

    const alert = await screen.findByRole('alert', {}, { timeout: 5_000 });
    expect(alert).toHaveTextContent('Could not load the firmware packages');
    expect(alert).toHaveTextContent('REQ-FW-1');
    const before = calls;
    await user.click(screen.getByRole('button', { name: 'Try again' }));
    await expect.poll(() => calls).toBeGreaterThan(before);
  });
});
