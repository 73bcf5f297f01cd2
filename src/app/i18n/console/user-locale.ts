import { useEffect } from 'react';

import { isLocale, type Locale } from '../../../shared/i18n/locales';
import { usePreferences, useSavePreferences } from '../../preferences/preferences-queries';
import { activateLocale, currentLocale, rememberLocale } from '../i18n';

/**
 * The language remembered per user (`locale` of `/api/me/preferences`), for the signed-in layout:
 * once the user's settings arrive, a stored language replaces the browser's; none stored keeps
 * what the page shows. Returns what the header switch calls to store a new choice for the user.
 */
export function useUserLocale(): (locale: Locale) => void {
  const { preferences, isSuccess } = usePreferences();
  const save = useSavePreferences();
  const stored = preferences.locale;

  useEffect(() => {
    if (!isSuccess || !isLocale(stored) || stored === currentLocale()) return;
    rememberLocale(stored);
    void activateLocale(stored);
  }, [isSuccess, stored]);

  return (locale) => save.mutate({ locale });
}
