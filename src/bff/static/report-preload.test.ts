import { describe, expect, it } from 'vitest';

// The page's own reading of an address (app code, read here to hold the two sides together).
import { earlySummarySearch } from '../../app/features/reports/api/early-report';
import { withFetchPreloads } from './page-data-preload';
import { reportSummaryPreload } from './report-preload';

const COOKIE = 'theme=dark; ota_session=abc.def';
const preload = (url: string, cookie: string | null = COOKIE) =>
  reportSummaryPreload(url, cookie ?? undefined);

describe('the summary /reports preloads', () => {
  it('names the summary of a plain report address, for a browser with a session', () => {
    expect(preload('/reports?productKey=a1P&range=30d')).toBe(
      '/api/reports/summary?productKey=a1P&range=30d',
    );
    expect(preload('/reports?productKey=a1P&range=30d', null)).toBeNull();
    expect(preload('/reports?productKey=a1P&range=30d', 'ota_session=')).toBeNull();
    expect(preload('/reports/?productKey=a1P&range=30d')).toBeNull();
    expect(preload('/audit?productKey=a1P&range=30d')).toBeNull();
  });

  it.each([
    ['no devices (the page picks the first product)', '/reports?range=7d'],
    ['no range (the page adds its default)', '/reports?productKey=a1P'],
    ['the stuck list', '/reports?productKey=a1P&range=7d&show=stuck&stuckHours=2'],
    ['a parameter the summary does not take', '/reports?productKey=a1P&range=7d&utm=x'],
    ['a parameter twice', '/reports?productKey=a1P&productKey=b2Q&range=7d'],
    ['a value the page reads as its default', '/reports?productKey=a1P&range=7d&sort=__proto__'],
    ['a reversed range', '/reports?ids=d1&from=2026-11-02T00:00:00Z&to=2026-11-01T00:00:00Z'],
  ])('names none for %s', (_, url) => {
    expect(preload(url)).toBeNull();
  });

  it.each([
    '/reports?productKey=a1P&range=30d',
    '/reports?range=24h&jobId=j-1&firmwareId=f_2&productKey=a1P',
    '/reports?productKey=a1P&range=7d&count=all&bucket=hour&page=3&pageSize=50&sort=status&order=asc',
    '/reports?productKey=a1P&range=7d&count=latest&page=1&sort=sendTime&order=desc',
    '/reports?ids=dev-1%2Cdev-2+dev%403&from=2026-11-01T00:00:00Z&to=2026-11-02T12:00:00%2B08:00',
    '/reports?productKey=a1P&range=30d&stuckHours=2.5',
  ])('names what the page will ask for %s (the app reads both the same)', (url) => {
    const href = preload(url);
    expect(href).not.toBeNull();
    const address = new URLSearchParams(url.split('?')[1]);
    const preloaded = new URLSearchParams(href!.split('?')[1]);
    expect(earlySummarySearch(preloaded)).toBe(earlySummarySearch(address));
    expect(earlySummarySearch(address)).not.toBeNull();
  });

  it('goes first in the head, its href written as an attribute', () => {
    const html = withFetchPreloads(
      '<!doctype html><html><head><meta charset="UTF-8" /></head></html>',
      ['/api/reports/summary?productKey=a1P&range=30d'],
    );
    expect(html).toContain(
      '<head>\n    <link rel="preload" as="fetch" crossorigin href="/api/reports/summary?productKey=a1P&amp;range=30d"><meta',
    );
  });
});
