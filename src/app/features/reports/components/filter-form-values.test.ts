import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';

import type { ReportSearch } from '../api/report-search';
import { initialFormValues } from './filter-form-values';

describe('initialFormValues: the form shows what the URL asks for', () => {
  beforeEach(() => {
    vi.useFakeTimers();
    vi.setSystemTime(new Date('2026-11-22T08:06:30Z'));
  });
  afterEach(() => vi.useRealTimers());

  it.each([
    ['24h', '2026-11-21T08:07'],
    ['7d', '2026-11-15T08:07'],
    ['30d', '2026-10-23T08:07'],
    [undefined, '2026-11-15T08:07'],
    // A hand-edited URL (`range=toString` once read a function off the object): the default.
    ['toString', '2026-11-15T08:07'],
    ['5y', '2026-11-15T08:07'],
  ] as const)('range=%s spans up to the next whole minute', (range, from) => {
    // The form also gets the raw URL text when the search is incomplete, whatever it says.
    const search = { productKey: 'a1AssetTrk1', range: range as ReportSearch['range'] };
    expect(initialFormValues(search)).toMatchObject({
      from,
      to: '2026-11-22T08:07',
    });
  });

  it('an explicit from/to wins over a preset', () => {
    expect(
      initialFormValues({
        range: '30d',
        from: '2026-11-01T00:00:00.000Z',
        to: '2026-11-02T12:00:00.000Z',
      }),
    ).toMatchObject({ from: '2026-11-01T00:00', to: '2026-11-02T12:00' });
  });
});
