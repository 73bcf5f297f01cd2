import { screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { http, HttpResponse } from 'msw';
import { describe, expect, it, vi } from 'vitest';

import { reportReadyFactory, reportRowFactory } from '../../../../shared/testing/factories';
import ReportsRoute from '../../../routes/reports';
import { server } from '../../../testing/mocks/server';
import { render } from '../../../testing/render';
import { ReportOverview } from './report-overview';
import { ReportProgress } from './report-progress';
import { ReportTable } from './report-table';

const legend = () => screen.getByRole('list', { name: 'Status distribution' });

describe('ReportOverview', () => {
  it('shows every status figure at once; the charts follow in the place kept for them', async () => {
    const { container } = render(
      <ReportOverview
        report={reportReadyFactory()}
        exportUrl="/api/reports/export.csv?productKey=a1AssetTrk1&range=7d"
        onCount={() => {}}
        onBucket={() => {}}
      />,
    );
    const items = within(legend()).getAllByRole('listitem');
    expect(items.map((item) => item.textContent)).toEqual([
      'Send failed30.3%',
      'Waiting for download404.0%',
      'Downloading121.2%',
      'Succeeded90090.0%',
      'Failed454.5%',
    ]);
    // Before the chart code arrives, both charts' boxes already have their size: nothing moves later.
    const placeholders = () => container.querySelectorAll('[data-chart-placeholder]');
    expect(placeholders()).toHaveLength(2);
    expect(placeholders()[1]).toHaveStyle({ height: 'calc(20rem * var(--mantine-scale))' });
    // The donut's box is its ring and the room Mantine keeps around it for the labels.
    const donutBox = (placeholders()[0] as HTMLElement).style;
    expect(donutBox.width).toBe('calc(16.875rem * var(--mantine-scale))');
    expect(donutBox.height).toBe(donutBox.width);
    // Loading recharts the first time takes a while on a busy machine.
    await vi.waitFor(() => expect(placeholders()).toHaveLength(0), { timeout: 20_000 });
    const donut = container.querySelector<HTMLElement>('.mantine-DonutChart-root');
    expect(donut?.style.getPropertyValue('--chart-size')).toBe(donutBox.width);
    expect(screen.getByRole('img', { name: 'Status counts per day' })).toBeInTheDocument();
    expect(screen.getByRole('link', { name: 'Export CSV' })).toHaveAttribute(
      'href',
      '/api/reports/export.csv?productKey=a1AssetTrk1&range=7d',
    );
  });

  it('switches between latest and every record, and between hours and days', async () => {
    const onCount = vi.fn();
    const onBucket = vi.fn();
    render(
      <ReportOverview
        report={reportReadyFactory()}
        exportUrl="/x"
        onCount={onCount}
        onBucket={onBucket}
      />,
    );
    await userEvent.click(screen.getByRole('switch', { name: /Count every command record/ }));
    expect(onCount).toHaveBeenCalledWith('all');
    await userEvent.click(screen.getByText('Per hour'));
    expect(onBucket).toHaveBeenCalledWith('hour');
  });
});

describe('ReportTable', () => {
  it('sorts by a column (again: the other way) and pages', async () => {
    const onSort = vi.fn();
    const onPage = vi.fn();
    const items = [reportRowFactory(), reportRowFactory({ terminalId: 'T0002', status: 4 })];
    render(
      <ReportTable
        rows={{ items, total: 60, page: 1, pageSize: 25 }}
        sort="status"
        order="asc"
        onSort={onSort}
        onPage={onPage}
      />,
    );
    const table = screen.getByRole('table', { name: 'Report records' });
    expect(within(table).getAllByRole('row')).toHaveLength(3);
    expect(within(table).getByRole('columnheader', { name: /Status/ })).toHaveAttribute(
      'aria-sort',
      'ascending',
    );
    await userEvent.click(within(table).getByRole('button', { name: /Status/ }));
    expect(onSort).toHaveBeenLastCalledWith('status', 'desc');
    await userEvent.click(within(table).getByRole('button', { name: /Device number/ }));
    expect(onSort).toHaveBeenLastCalledWith('deviceNumber', 'asc');
    expect(screen.getByText('Records 1–25 of 60')).toBeInTheDocument();
    await userEvent.click(screen.getByRole('button', { name: 'next page' }));
    expect(onPage).toHaveBeenCalledWith(2);
  });
});

describe('ReportProgress', () => {
  it('says how far the records have loaded', () => {
    render(<ReportProgress progress={{ phase: 'records', done: 500, total: 2000 }} />);
    expect(screen.getByText('Loading records… 500 of 2,000')).toBeInTheDocument();
    expect(screen.getByRole('progressbar', { name: 'Report loading progress' })).toHaveAttribute(
      'aria-valuenow',
      '25',
    );
  });
});

describe('the reports page, against the contract handlers', () => {
  it('drops a hand-edited sort before asking the BFF, and shows the figures', async () => {
    const asked: string[] = [];
    server.events.on('request:start', ({ request }) => {
      if (request.url.includes('/api/reports/summary')) asked.push(new URL(request.url).search);
    });
    render(<ReportsRoute />, {
      route: '/reports?productKey=a1AssetTrk1&range=30d&sort=__proto__&bucket=week',
    });
    expect(await screen.findByRole('heading', { name: 'Upgrade status' })).toBeInTheDocument();
    expect(within(legend()).getByText('900')).toBeInTheDocument();
    expect(asked).toEqual(['?productKey=a1AssetTrk1&range=30d']);
    server.events.removeAllListeners();
  });

  it('shows the BFF’s refusal by its code, with the RequestId', async () => {
    server.use(
      http.get('/api/reports/summary', () =>
        HttpResponse.json(
          { code: 'ReportQueryRefused', message: 'Too many devices', requestId: 'REQ-9' },
          { status: 400 },
        ),
      ),
    );
    render(<ReportsRoute />, { route: '/reports?productKey=a1AssetTrk1&range=30d' });
    expect(await screen.findByText(/The report API refused the query/)).toBeInTheDocument();
    expect(screen.getByText(/REQ-9/)).toBeInTheDocument();
  });
});
