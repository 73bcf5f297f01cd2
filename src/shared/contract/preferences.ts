import { z } from 'zod';

import { locales } from '../i18n/locales';

/**
 * Which zone the console shows times in: `UTC`, or `browser` (the zone of the browser showing the
 * page, so one user on two machines sees each machine's own). Every time on screen names its zone
 * either way.
 */
export const TIME_ZONE_CHOICES = ['UTC', 'browser'] as const;
export const timeZoneChoiceSchema = z.enum(TIME_ZONE_CHOICES);
export type TimeZoneChoice = z.infer<typeof timeZoneChoiceSchema>;

/** A user's settings, kept per user on the server (`GET/PUT /api/me/preferences`). */
export const preferencesSchema = z.object({
  timeZone: timeZoneChoiceSchema,
  /** The chosen language, or null: none chosen yet (the browser's preference decides). */
  locale: z.enum(locales).nullable(),
});
export type Preferences = z.infer<typeof preferencesSchema>;

/**
 * What a user has before choosing: times in the browser's zone (each naming it), as people read
 * their own clock first and UTC is one choice away; the language the browser asks for.
 */
export const DEFAULT_PREFERENCES: Preferences = { timeZone: 'browser', locale: null };

/** `PUT /api/me/preferences`: the settings to change; those left out keep their value. */
export const preferencesUpdateSchema = z
  .strictObject({
    timeZone: timeZoneChoiceSchema.optional(),
    locale: z.enum(locales).nullable().optional(),
  })
  .refine((update) => Object.keys(update).length > 0, {
    message: 'Name at least one setting to change',
  });
export type PreferencesUpdate = z.infer<typeof preferencesUpdateSchema>;

export const isTimeZoneChoice = (value: unknown): value is TimeZoneChoice =>
  timeZoneChoiceSchema.safeParse(value).success;
