import { describe, expect, it } from 'vitest';

import { toIsoTime } from './to-contract';

describe('toIsoTime: upstream times as ISO 8601 UTC', () => {
  it.each([
    ['2020-10-13T09:46Z', '2020-10-13T09:46:00.000Z'],
    ['2024-11-11 T07:36Z', '2024-11-11T07:36:00.000Z'],
    ['2024-11-11 07:36:00', '2024-11-11T07:36:00.000Z'],
    ['2024-11-11T07:36:00+08:00', '2024-11-10T23:36:00.000Z'],
    [' 2020-10-13T09:46Z ', '2020-10-13T09:46:00.000Z'],
    ['2024-11-11T07:36:05.25-05:30', '2024-11-11T13:06:05.250Z'],
    ['2024-11-11', '2024-11-11T00:00:00.000Z'],
    [1_700_000_000, '2023-11-14T22:13:20.000Z'],
    ['1700000000000', '2023-11-14T22:13:20.000Z'],
  ])('reads %j', (input, expected) => {
    expect(toIsoTime(input)).toBe(expected);
  });

  it.each([
    undefined,
    null,
    '',
    'junk',
    '2024-13-45 99:99',
    '2024-02-31T00:00Z',
    '2024-11-11T24:00Z',
    {},
  ])('answers null for %j', (input) => {
    expect(toIsoTime(input)).toBeNull();
  });
});
