import { describe, expect, it } from 'vitest';

import { moduleViewFromSearch } from './use-module-view';

describe('moduleViewFromSearch', () => {
  it('reads filter and sort from the URL', () => {
    expect(moduleViewFromSearch(new URLSearchParams('q=ble&sort=gmtModified&order=desc'))).toEqual({
      filter: 'ble',
      sort: { key: 'gmtModified', direction: 'desc' },
    });
  });

  it('falls back to name ascending for a missing or unknown sort', () => {
    for (const search of ['', 'sort=__proto__', 'sort=desc&order=sideways']) {
      expect(moduleViewFromSearch(new URLSearchParams(search)).sort).toEqual({
        key: 'moduleName',
        direction: 'asc',
      });
    }
  });

  it('keeps a valid direction when only the column is unknown', () => {
    expect(moduleViewFromSearch(new URLSearchParams('sort=__proto__&order=desc')).sort).toEqual({
      key: 'moduleName',
      direction: 'desc',
    });
  });
});
