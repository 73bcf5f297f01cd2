import type { Preferences, TimeZoneChoice } from '../../shared/contract/preferences';
import { isLocale } from '../../shared/i18n/locales';
import { allOf } from '../lib/all-of';

// The contract's preferences rules, by hand: every signed-in page reads them, and zod's runtime
// stays off those pages (read-preferences.test.ts runs the contract's schema on the same values).

export const TIME_ZONE_CHOICES = allOf<TimeZoneChoice>()(['UTC', 'browser']);

export const isTimeZoneChoice = (value: unknown): value is TimeZoneChoice =>
  typeof value === 'string' && (TIME_ZONE_CHOICES as readonly string[]).includes(value);

/** The contract's `DEFAULT_PREFERENCES`. */
export const DEFAULT_PREFERENCES: Preferences = { timeZone: 'browser', locale: null };

/** What `preferencesSchema` accepts, as it returns it (unknown keys dropped), or undefined. */
export function readPreferences(value: unknown): Preferences | undefined {
  if (typeof value !== 'object' || value === null) return undefined;
  const { timeZone, locale } = value as Record<string, unknown>;
  if (!isTimeZoneChoice(timeZone) || !(locale === null || isLocale(locale))) return undefined;
  return { timeZone, locale };
}
