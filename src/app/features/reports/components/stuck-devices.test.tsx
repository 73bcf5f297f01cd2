import { screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { http } from 'msw';
import { describe, expect, it } from 'vitest';

import { reportStuckSchema } from '../../../../shared/contract/report-stuck';
import { reportStuckFactory, stuckDeviceFactory } from '../../../../shared/testing/factories';
import ReportsRoute from '../../../routes/reports';
import { server } from '../../../testing/mocks/server';
import { render } from '../../../testing/render';

const STUCK_URL = '/reports?productKey=a1AssetTrk1&range=24h&stuckHours=6&show=stuck';

describe('the report page with show=stuck (the kiosk’s stuck count links here)', () => {
  it('lists the stuck devices by name with status and how long, in the link’s threshold', async () => {
    const asked: string[] = [];
    server.events.on('request:start', ({ request }) => {
      const url = new URL(request.url);
      if (url.pathname.startsWith('/api/reports/')) asked.push(`${url.pathname}${url.search}`);
    });
    server.use(
      http.get('/api/reports/stuck', ({ request }) => {
        const page = Number(new URL(request.url).searchParams.get('page') ?? 1);
        return Response.json(
          reportStuckSchema.parse(
            reportStuckFactory({
              total: 30,
              page,
              items: [
                stuckDeviceFactory({ deviceName: `tracker-p${page}`, stuckSeconds: 50 * 3600 }),
                stuckDeviceFactory({
                  deviceName: null,
                  terminalId: 'FEDCBA9876543210FEDCBA9876543210',
                  status: 2,
                  since: '2026-11-22T01:00:00.000Z',
                  stuckSeconds: 7 * 3600 + 12 * 60,
                }),
              ],
            }),
          ),
        );
      }),
    );
    render(<ReportsRoute />, { route: STUCK_URL });

    // The whole page loads (products, figures, then the list): slow on a busy machine.
    const table = await screen.findByRole('table', { name: 'Stuck devices' }, { timeout: 10_000 });
    expect(screen.getByRole('heading', { name: 'Stuck devices' })).toBeInTheDocument();
    expect(
      screen.getByText(
        /30 devices have been waiting for download or downloading for longer than 6 h/,
      ),
    ).toBeInTheDocument();
    const rows = within(table).getAllByRole('row');
    expect(rows.map((row) => row.textContent)).toEqual([
      'Device nameTerminal idStatusStuck forSince',
      'tracker-p10123456789ABCDEF0123456789ABCDEFWaiting for download2 d 2 h2026-11-20 08:00:00 UTC',
      '—FEDCBA9876543210FEDCBA9876543210Downloading7 h 12 min2026-11-22 01:00:00 UTC',
    ]);
    // The records table gives way to the list; the figures are asked for without rows.
    expect(screen.queryByRole('table', { name: 'Report records' })).not.toBeInTheDocument();
    expect(asked).toContain(
      '/api/reports/summary?productKey=a1AssetTrk1&range=24h&pageSize=0&stuckHours=6',
    );
    expect(asked).toContain('/api/reports/stuck?productKey=a1AssetTrk1&range=24h&stuckHours=6');

    // Paged on the server.
    await userEvent.click(screen.getByRole('button', { name: 'next page' }));
    expect(await screen.findByText('tracker-p2', {}, { timeout: 10_000 })).toBeInTheDocument();
    expect(asked).toContain(
      '/api/reports/stuck?productKey=a1AssetTrk1&range=24h&page=2&stuckHours=6',
    );
    expect(screen.getByRole('link', { name: 'Show all records' })).toHaveAttribute(
      'href',
      '/reports?productKey=a1AssetTrk1&range=24h',
    );
    server.events.removeAllListeners();
  });

  it('says when no device is stuck', async () => {
    server.use(
      http.get('/api/reports/stuck', () =>
        Response.json(reportStuckFactory({ total: 0, items: [] })),
      ),
    );
    render(<ReportsRoute />, { route: STUCK_URL });
    expect(
      await screen.findByText(
        /0 devices have been waiting for download or downloading/,
        {},
        { timeout: 10_000 },
      ),
    ).toBeInTheDocument();
    expect(screen.queryByRole('table', { name: 'Stuck devices' })).not.toBeInTheDocument();
  });
});
