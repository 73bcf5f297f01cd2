import { i18n } from '@lingui/core';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';

import { normalizeTypedTime } from '../../../lib/time/zoned-input';
import type { ReportSearch } from '../api/report-search';
import { validateFilterForm } from './filter-form-checks';
import { fromUtcInput, initialFormValues } from './filter-form-values';

describe('initialFormValues: the form shows what the URL asks for', () => {
  beforeEach(() => {
    vi.useFakeTimers();
    vi.setSystemTime(new Date('2026-11-22T08:06:30Z'));
  });
  afterEach(() => vi.useRealTimers());

  it.each([
    ['24h', '2026-11-21 08:07'],
    ['7d', '2026-11-15 08:07'],
    ['30d', '2026-10-23 08:07'],
    [undefined, '2026-11-15 08:07'],
    // A hand-edited URL (`range=toString` once read a function off the object): the default.
    ['toString', '2026-11-15 08:07'],
    ['5y', '2026-11-15 08:07'],
  ] as const)('range=%s spans up to the next whole minute', (range, from) => {
    // The form also gets the raw URL text when the search is incomplete, whatever it says.
    const search = { productKey: 'a1AssetTrk1', range: range as ReportSearch['range'] };
    expect(initialFormValues(search)).toMatchObject({
      from,
      to: '2026-11-22 08:07',
    });
  });

  it('an explicit from/to wins over a preset', () => {
    expect(
      initialFormValues({
        range: '30d',
        from: '2026-11-01T00:00:00.000Z',
        to: '2026-11-02T12:00:00.000Z',
      }),
    ).toMatchObject({ from: '2026-11-01 00:00', to: '2026-11-02 12:00' });
  });
});

describe('initialFormValues: a hand-edited link with a time that is no time', () => {
  it('keeps the text as written for the form to refuse, instead of failing the page', () => {
    const values = initialFormValues({
      productKey: 'a1AssetTrk1',
      from: 'garbage',
      to: '2026-11-21T10:00:00.000Z',
    });
    expect(values).toMatchObject({ from: 'garbage', to: '2026-11-21 10:00' });
    expect(validateFilterForm(i18n, values).from).toBe(
      'Enter a date and time as YYYY-MM-DD HH:mm, e.g. 2026-12-01 09:30',
    );
    expect(initialFormValues({ from: '2026-11-20T00:00:00Z', to: 'soon' })).toMatchObject({
      from: '2026-11-20 00:00',
      to: 'soon',
    });
  });
});

describe('fromUtcInput: typed UTC text to its instant', () => {
  it.each([
    ['2026-12-01 09:30', '2026-12-01T09:30:00.000Z'],
    ['2026-12-01T09:30', '2026-12-01T09:30:00.000Z'],
    ['2026-12-01 09:30:15', '2026-12-01T09:30:15.000Z'],
    [' 2026-1-5  7:05 ', '2026-01-05T07:05:00.000Z'],
    ['2028-02-29 00:00', '2028-02-29T00:00:00.000Z'],
  ])('reads %j', (text, iso) => {
    expect(fromUtcInput(text)).toBe(iso);
  });

  it.each(['', '2026-12-01', '12/01/2026 09:30', '2026-02-30 10:00', '2026-12-01 24:00', 'soon'])(
    'refuses %j',
    (text) => expect(fromUtcInput(text)).toBeUndefined(),
  );

  it('writes what it reads the way the inputs show times, and leaves the rest as typed', () => {
    expect(normalizeTypedTime('2026-1-5 7:05')).toBe('2026-01-05 07:05');
    expect(normalizeTypedTime('2026-01-05T07:05')).toBe('2026-01-05 07:05');
    expect(normalizeTypedTime('2026-01-05 07:05:09')).toBe('2026-01-05 07:05:09');
    expect(normalizeTypedTime('2026-02-30 10:00')).toBe('2026-02-30 10:00');
  });
});
