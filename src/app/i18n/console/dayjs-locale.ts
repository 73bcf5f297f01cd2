import dayjs from 'dayjs';

import type { Locale } from '../../../shared/i18n/locales';

/** dayjs's month and weekday names follow the console's language; its Chinese locale loads on demand. */
export async function applyDayjsLocale(locale: Locale): Promise<void> {
  if (locale === 'zh-CN') {
    await import('dayjs/locale/zh-cn');
    dayjs.locale('zh-cn');
  } else {
    dayjs.locale('en');
  }
}
