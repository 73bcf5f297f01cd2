import { describe, expect, it } from 'vitest';

import { reportSearchShape } from '../features/reports/api/report-search';
import { parseSearch, patchSearch, searchString } from './search-state';

describe('parseSearch: URL state read through the contract schemas', () => {
  it('reads valid values and fills in defaults', () => {
    const state = parseSearch(
      reportSearchShape,
      new URLSearchParams('productKey=a1P&range=24h&bucket=hour&sort=status&page=3'),
    );
    expect(state).toMatchObject({
      productKey: 'a1P',
      range: '24h',
      bucket: 'hour',
      sort: 'status',
      order: 'desc',
      count: 'latest',
      page: 3,
      pageSize: 25,
    });
  });

  it('drops a hand-edited bad value to its default, keeping the others', () => {
    const state = parseSearch(
      reportSearchShape,
      new URLSearchParams(
        'productKey=a1P&range=toString&bucket=week&sort=__proto__&order=up&page=-2&pageSize=9999&count=some',
      ),
    );
    expect(state).toMatchObject({
      productKey: 'a1P',
      range: undefined,
      bucket: undefined,
      sort: 'sendTime',
      order: 'desc',
      page: 1,
      pageSize: 25,
      count: 'latest',
    });
  });

  it('treats an empty parameter as missing', () => {
    expect(parseSearch(reportSearchShape, new URLSearchParams('range=&page=')).page).toBe(1);
  });
});

describe('patchSearch and searchString: writing the URL back', () => {
  it('leaves defaults and empty values out', () => {
    expect(
      searchString(reportSearchShape, {
        productKey: 'a1P',
        range: '7d',
        ids: '',
        page: 1,
        count: 'latest',
        sort: 'sendTime',
        order: 'asc',
      }),
    ).toBe('productKey=a1P&range=7d&order=asc');
  });

  it('keeps parameters the shape does not name and removes nulls', () => {
    const next = patchSearch(reportSearchShape, new URLSearchParams('utm=x&page=4&range=7d'), {
      page: null,
      range: '24h',
    });
    expect(next.toString()).toBe('utm=x&range=24h');
  });
});
