import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { http, HttpResponse } from 'msw';
import { useLocation } from 'react-router';
import { describe, expect, it } from 'vitest';

import { bffErrorCodes } from '../../../../shared/contract/api-error';
import {
  type UnmatchedList,
  unmatchedListQuerySchema,
  unmatchedListSchema,
} from '../../../../shared/contract/directory-unmatched';
import { reportReadyFactory } from '../../../../shared/testing/factories';
import { apiError } from '../../../testing/mocks/handlers';
import { server } from '../../../testing/mocks/server';
import { render } from '../../../testing/render';
import { ReportDeviceNotes } from '../../reports/components/report-device-notes';
import { UnmatchedDevices } from './unmatched-devices';

const names = Array.from({ length: 120 }, (_, i) => `gw-${String(i).padStart(4, '0')}`);
const sets = [
  { kind: 'product' as const, id: 'a1FleetGw03', count: 120, notedAt: '2026-12-02T10:00:00Z' },
  { kind: 'job' as const, id: 'job1', count: 7, notedAt: '2026-12-02T09:00:00Z' },
];

/** A BFF that knows one product set (120 devices) and one job set (7), as the contract says. */
function serveUnmatched(asked: URLSearchParams[] = []) {
  server.use(
    http.get('/api/directory/unmatched', ({ request }) => {
      const params = new URL(request.url).searchParams;
      asked.push(params);
      const query = unmatchedListQuerySchema.safeParse(Object.fromEntries(params));
      if (!query.success)
        return apiError(400, { code: bffErrorCodes.validation, message: 'bad query' });
      const { productKey, jobId, page, pageSize } = query.data;
      const known = jobId ? sets[1] : productKey ? sets[0] : undefined;
      const named = jobId
        ? { kind: 'job' as const, id: jobId }
        : productKey
          ? { kind: 'product' as const, id: productKey }
          : null;
      const all = !named ? names : known?.id === named.id ? names.slice(0, known.count) : [];
      const body: UnmatchedList = {
        set: named && { ...named, notedAt: known?.id === named.id ? known.notedAt : null },
        total: all.length,
        page,
        pageSize,
        items: all
          .slice((page - 1) * pageSize, page * pageSize)
          .map((deviceName) => ({ productKey: 'a1FleetGw03', deviceName })),
        sets,
      };
      return HttpResponse.json(unmatchedListSchema.parse(body));
    }),
  );
  return asked;
}

function Address() {
  const location = useLocation();
  return <pre aria-label="address">{location.search}</pre>;
}

const listRows = () =>
  within(screen.getByRole('table', { name: 'Devices without a report terminal' })).getAllByRole(
    'row',
  );

describe('UnmatchedDevices', () => {
  it('lists the set and page the address names, by device name, and pages through the address', async () => {
    const asked = serveUnmatched();
    render(
      <>
        <UnmatchedDevices />
        <Address />
      </>,
      { route: '/directory?unmatched=product:a1FleetGw03&unmatchedPage=2' },
    );
    await waitFor(() => expect(listRows()).toHaveLength(51));
    expect(asked[0]?.get('productKey')).toBe('a1FleetGw03');
    expect(asked[0]?.get('page')).toBe('2');
    expect(listRows()[1]).toHaveTextContent('gw-0050');
    expect(screen.getByRole('status')).toHaveTextContent('120 devices have no report terminal');
    expect(screen.getByRole('combobox', { name: 'Devices of' })).toHaveValue(
      'product a1FleetGw03: 120',
    );

    await userEvent.click(screen.getByRole('button', { name: 'Page 3' }));
    await waitFor(() => expect(listRows()).toHaveLength(21));
    expect(listRows()[20]).toHaveTextContent('gw-0119');
    expect(screen.getByLabelText('address')).toHaveTextContent(
      '?unmatched=product%3Aa1FleetGw03&unmatchedPage=3',
    );

    // Another set: its first page.
    await userEvent.click(screen.getByRole('combobox', { name: 'Devices of' }));
    await userEvent.click(screen.getByRole('option', { name: 'job job1: 7' }));
    await waitFor(() => expect(listRows()).toHaveLength(8));
    expect(screen.getByLabelText('address')).toHaveTextContent('?unmatched=job%3Ajob1');
  });

  it('says when a set has none, or has not been read yet; a failure can be retried', async () => {
    serveUnmatched();
    render(<UnmatchedDevices />, { route: '/directory?unmatched=job:never-read' });
    expect(
      await screen.findByText(
        'The devices of job never-read have not been read yet: open its upgrade report first.',
      ),
    ).toBeInTheDocument();

    server.use(
      http.get('/api/directory/unmatched', () =>
        apiError(503, { code: bffErrorCodes.upstreamUnavailable, message: 'down' }),
      ),
    );
    render(<UnmatchedDevices />, { route: '/directory' });
    expect(await screen.findByRole('button', { name: 'Try again' })).toBeInTheDocument();
  });
});

describe('the report notice', () => {
  it('counts them, names the first and links to the directory’s list for the report’s set', async () => {
    render(
      <ReportDeviceNotes
        report={reportReadyFactory({
          unmatched: {
            count: 312,
            devices: names.slice(0, 20).map((deviceName) => ({ productKey: 'pk', deviceName })),
          },
        })}
      />,
      { route: '/reports?productKey=a1FleetGw03&firmwareId=fw1&range=7d' },
    );
    const notice = screen.getByRole('alert');
    expect(notice).toHaveTextContent('312 devices have no report terminal');
    expect(notice).toHaveTextContent('and 292 more');
    expect(within(notice).getByRole('link', { name: 'see the directory' })).toHaveAttribute(
      'href',
      '/directory?unmatched=firmware%3Afw1#devices-without-terminal',
    );
  });
});
