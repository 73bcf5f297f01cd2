import { describe, expect, it } from 'vitest';

import {
  DEFAULT_PREFERENCES as CONTRACT_DEFAULTS,
  preferencesSchema,
  TIME_ZONE_CHOICES as CONTRACT_CHOICES,
} from '../../shared/contract/preferences';
import {
  DEFAULT_PREFERENCES,
  isTimeZoneChoice,
  readPreferences,
  TIME_ZONE_CHOICES,
} from './read-preferences';

describe('readPreferences: the contract schema, without zod', () => {
  it.each([
    { timeZone: 'UTC', locale: null },
    { timeZone: 'browser', locale: 'zh-CN' },
    { timeZone: 'browser', locale: 'en', extra: 1 },
    { timeZone: 'Europe/Paris', locale: null },
    { timeZone: 'UTC', locale: 'fr' },
    { timeZone: 'UTC' },
    { locale: null },
    null,
    'UTC',
    [],
    42,
  ])('reads %j as preferencesSchema does', (value) => {
    const parsed = preferencesSchema.safeParse(value);
    expect(readPreferences(value)).toEqual(parsed.success ? parsed.data : undefined);
  });

  it('has the contract’s choices and defaults', () => {
    expect(TIME_ZONE_CHOICES).toEqual(CONTRACT_CHOICES);
    expect(DEFAULT_PREFERENCES).toEqual(CONTRACT_DEFAULTS);
    expect(isTimeZoneChoice('UTC')).toBe(true);
    expect(isTimeZoneChoice('utc')).toBe(false);
  });
});
