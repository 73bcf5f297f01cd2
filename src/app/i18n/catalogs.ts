import type { Messages } from '@lingui/core';

import type { Locale } from '../../shared/i18n/locales';

/**
 * `shell` is loaded before the first render; `console` with the signed-in layout or the kiosk;
 * each page's own part with its route (lingui.config.ts says which code goes in which part).
 */
export type CatalogPart =
  | 'shell'
  | 'console'
  | 'products'
  | 'ota-modules'
  | 'upgrade-tasks'
  | 'audit'
  | 'directory'
  | 'reports'
  | 'kiosk';

type Loader = () => Promise<{ messages: Messages }>;

// A static pattern, so Vite makes one small chunk per language and part.
const files = import.meta.glob<{ messages: Messages }>('./locales/*/*.po');

export function catalogLoader(locale: Locale, part: CatalogPart): Loader {
  const load = files[`./locales/${locale}/${part}.po`];
  if (!load) throw new Error(`No catalog ${locale}/${part}`);
  return load;
}
