import { afterEach, describe, expect, it, vi } from 'vitest';

// The app's own requests, read here to hold the shell's preloads to them.
import { otaModulesQueryOptions } from '../../app/features/ota-modules/api/ota-module-queries';
import {
  productQueryOptions,
  productsQueryOptions,
} from '../../app/features/products/api/product-queries';
import { PRODUCTS_PAGE_SIZE } from '../../app/features/products/api/product-search';
import { firmwareQueryOptions } from '../../app/features/upgrade-tasks/api/get-firmware';
import { preferencesQueryOptions } from '../../app/preferences/preferences-queries';
import { pageDataPreloads, withFetchPreloads } from './page-data-preload';

const COOKIE = 'theme=dark; ota_session=abc.def';

/** The URL the app fetches for a query (its fetch is stopped there). */
async function appRequest(options: { queryFn?: unknown }): Promise<string> {
  const fetch = vi.fn(() => Promise.reject(new Error('stop')));
  vi.stubGlobal('fetch', fetch);
  const run = options.queryFn as (context: { signal: AbortSignal }) => Promise<unknown>;
  await run({ signal: new AbortController().signal }).catch(() => undefined);
  return String((fetch.mock.calls[0] as unknown[] | undefined)?.[0]);
}

afterEach(() => {
  vi.unstubAllGlobals();
});

describe('the API answers a list page’s shell preloads', () => {
  it('are the requests the app makes first, on each list page', async () => {
    const products = productsQueryOptions({ page: 1, pageSize: PRODUCTS_PAGE_SIZE });
    expect(pageDataPreloads('/products', COOKIE)).toEqual([
      await appRequest(preferencesQueryOptions('manager')),
      await appRequest(products),
    ]);
    expect(pageDataPreloads('/products/a1P_x-2/modules', COOKIE)).toEqual([
      await appRequest(preferencesQueryOptions('manager')),
      await appRequest(otaModulesQueryOptions('a1P_x-2')),
      await appRequest(productQueryOptions('a1P_x-2')),
    ]);
    expect(pageDataPreloads('/products/a1P/tasks?firmware=f1&status=failed', COOKIE)).toEqual([
      await appRequest(preferencesQueryOptions('manager')),
      await appRequest(firmwareQueryOptions('a1P')),
      await appRequest(productQueryOptions('a1P')),
    ]);
    expect(pageDataPreloads('/reports?productKey=a1P&range=30d', COOKIE)).toEqual([
      await appRequest(preferencesQueryOptions('manager')),
      await appRequest(productQueryOptions('a1P')),
    ]);
  });

  it('names only the preferences where the page’s first list is not sure', () => {
    expect(pageDataPreloads('/products?page=2', COOKIE)).toEqual(['/api/me/preferences']);
    expect(pageDataPreloads('/products/a%20b/modules', COOKIE)).toEqual(['/api/me/preferences']);
    expect(pageDataPreloads('/audit', COOKIE)).toEqual(['/api/me/preferences']);
    expect(pageDataPreloads('/reports', COOKIE)).toEqual(['/api/me/preferences']);
    expect(pageDataPreloads('/reports?productKey=a&productKey=b', COOKIE)).toEqual([
      '/api/me/preferences',
    ]);
    expect(pageDataPreloads('/reports?productKey=a%20b', COOKIE)).toEqual(['/api/me/preferences']);
  });

  it('names none without a session, or outside the signed-in layout', () => {
    expect(pageDataPreloads('/products', undefined)).toEqual([]);
    expect(pageDataPreloads('/products', 'ota_session=')).toEqual([]);
    expect(pageDataPreloads('/login', COOKIE)).toEqual([]);
    expect(pageDataPreloads('/kiosk', COOKIE)).toEqual([]);
    expect(pageDataPreloads('/productsx', COOKIE)).toEqual([]);
  });

  it('go after the session’s preload, marked for the app’s taker when they are its', () => {
    const html =
      '<!doctype html><html><head>\n    <link rel="preload" as="fetch" crossorigin href="/api/auth/session"><meta charset="UTF-8" /></head></html>';
    const once = withFetchPreloads(html, ['/api/reports/summary?productKey=a1P&range=30d']);
    expect(withFetchPreloads(once, ['/api/me/preferences'], true)).toContain(
      [
        '<head>',
        '    <link rel="preload" as="fetch" crossorigin href="/api/auth/session">',
        '    <link rel="preload" as="fetch" crossorigin href="/api/reports/summary?productKey=a1P&amp;range=30d">',
        '    <link rel="preload" as="fetch" crossorigin href="/api/me/preferences" data-early-answer><meta',
      ].join('\n'),
    );
  });
});
