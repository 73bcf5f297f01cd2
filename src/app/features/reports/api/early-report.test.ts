import { http, HttpResponse } from 'msw';
import { afterEach, describe, expect, it } from 'vitest';

import { server } from '../../../testing/mocks/server';
import { askReportEarly, earlySummarySearch, takeEarlyReport } from './early-report';
import { askPreloadedReport } from './preloaded-report';
import { reportSearchString } from './report-search';

describe('the report summary asked for before the page loads', () => {
  afterEach(() => server.resetHandlers());

  it('asks what the page will ask: the address with its defaults, read by the page’s rules', () => {
    expect(earlySummarySearch(new URLSearchParams('productKey=a1P&range=30d'))).toBe(
      'productKey=a1P&range=30d',
    );
    // No range: the page's default range; a bad sort is dropped as the page drops it.
    expect(earlySummarySearch(new URLSearchParams('productKey=a1P&sort=__proto__'))).toBe(
      reportSearchString({ productKey: 'a1P', range: '7d' }),
    );
    // No devices (the page picks the first product), or the stuck list: the page asks itself.
    expect(earlySummarySearch(new URLSearchParams('range=7d'))).toBeNull();
    expect(
      earlySummarySearch(new URLSearchParams('productKey=a1P&range=7d&show=stuck&stuckHours=2')),
    ).toBeNull();
  });

  it('hands a good answer to the matching query once; a refusal is left to the page', async () => {
    let asked = 0;
    server.use(
      http.get('/api/reports/summary', () => {
        asked += 1;
        return HttpResponse.json({ state: 'pending', asked });
      }),
    );
    askReportEarly(new URLSearchParams('productKey=a1P&range=30d'));
    expect(await takeEarlyReport('productKey=other&range=30d')).toBeNull();
    expect(await takeEarlyReport('productKey=a1P&range=30d')).toEqual({
      state: 'pending',
      asked: 1,
    });
    expect(await takeEarlyReport('productKey=a1P&range=30d')).toBeNull();

    server.use(
      http.get('/api/reports/summary', () =>
        HttpResponse.json({ code: 'Unauthenticated', message: 'no' }, { status: 401 }),
      ),
    );
    askReportEarly(new URLSearchParams('productKey=a1P&range=30d'));
    expect(await takeEarlyReport('productKey=a1P&range=30d')).toBeNull();
  });
});

describe('the summary the shell preloads', () => {
  afterEach(() => document.head.querySelectorAll('link[as="fetch"]').forEach((l) => l.remove()));

  const addPreload = (href: string) => {
    const link = document.createElement('link');
    link.rel = 'preload';
    link.setAttribute('as', 'fetch');
    link.crossOrigin = '';
    link.setAttribute('href', href);
    document.head.append(link);
  };

  it('is asked for at its own URL and handed once to the query it reads as', async () => {
    const asked: string[] = [];
    server.use(
      http.get('/api/reports/summary', ({ request }) => {
        asked.push(new URL(request.url).search);
        return HttpResponse.json({ state: 'pending' });
      }),
    );
    expect(askPreloadedReport()).toBe(false);
    // The BFF keeps the address's order and defaults; the page reads it by its own rules.
    addPreload('/api/reports/summary?range=30d&productKey=a1P&page=1');
    expect(askPreloadedReport()).toBe(true);
    expect(await takeEarlyReport('productKey=a1P&range=30d')).toEqual({ state: 'pending' });
    expect(await takeEarlyReport('productKey=a1P&range=30d')).toBeNull();
    expect(asked).toEqual(['?range=30d&productKey=a1P&page=1']);
  });

  it('is not handed to another query', async () => {
    server.use(http.get('/api/reports/summary', () => HttpResponse.json({ state: 'pending' })));
    addPreload('/api/reports/summary?productKey=a1P&range=30d');
    askPreloadedReport();
    expect(await takeEarlyReport('productKey=a1P&range=7d')).toBeNull();
  });
});
