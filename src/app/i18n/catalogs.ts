import type { Messages } from '@lingui/core';

import type { Locale } from '../../shared/i18n/locales';

/** `shell` is loaded before the first render; `console` with the signed-in layout or the kiosk. */
export type CatalogPart = 'shell' | 'console';

type Loader = () => Promise<{ messages: Messages }>;

// Static paths, so Vite makes one small chunk per language and part.
export const catalogLoaders: Record<Locale, Record<CatalogPart, Loader>> = {
  en: {
    shell: () => import('./locales/en/shell.po'),
    console: () => import('./locales/en/console.po'),
  },
  'zh-CN': {
    shell: () => import('./locales/zh-CN/shell.po'),
    console: () => import('./locales/zh-CN/console.po'),
  },
};
