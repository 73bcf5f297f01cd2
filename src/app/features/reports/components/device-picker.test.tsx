import { screen } from '@testing-library/react';
import { http } from 'msw';
import { describe, expect, it } from 'vitest';

import { apiError } from '../../../testing/mocks/handlers';
import { server } from '../../../testing/mocks/server';
import { render } from '../../../testing/render';
import { ReportFiltersForm } from './report-filters';

describe('DevicePicker when the product list cannot be read', () => {
  it('keeps the product the link names on screen, by its key', async () => {
    let asked = 0;
    server.use(
      http.get('/api/products', () => {
        asked += 1;
        return apiError(503, {
          code: 'ServiceUnavailable',
          message: 'Upstream unavailable',
          requestId: 'R-P',
        });
      }),
    );
    render(
      <ReportFiltersForm
        search={{ productKey: 'a1AssetTrk1', range: '7d' }}
        onApply={() => {}}
        onInvalid={() => {}}
      />,
    );
    await expect.poll(() => asked).toBeGreaterThan(0);
    expect(screen.getByRole('combobox', { name: 'Product' })).toHaveValue('a1AssetTrk1');
  });
});
