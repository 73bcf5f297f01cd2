import { useLingui } from '@lingui/react';
import { useCallback } from 'react';

import type { TimeZoneChoice } from '../../../shared/contract/preferences';
import { usePreferences } from '../../preferences/preferences-queries';
import { formatTime, type TimeFormatOptions, type TimeValue, zoneOf } from './format-time';

/** The zone the signed-in user sees times in (their setting), and the setting itself. */
export function useTimeZone(): { zone: string; choice: TimeZoneChoice } {
  const { preferences } = usePreferences();
  return { zone: zoneOf(preferences.timeZone), choice: preferences.timeZone };
}

/** `formatTime` in the user's zone and the active language (re-renders when either changes). */
export function useFormatTime(): (value: TimeValue, options?: TimeFormatOptions) => string {
  const { zone } = useTimeZone();
  const { i18n } = useLingui();
  const locale = i18n.locale;
  return useCallback(
    (value: TimeValue, options?: TimeFormatOptions) =>
      formatTime(value, zone, { locale, ...options }),
    [zone, locale],
  );
}
