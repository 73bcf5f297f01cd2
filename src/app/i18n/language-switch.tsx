import { useLingui } from '@lingui/react';
import { NativeSelect } from '@mantine/core';

import { isLocale, type Locale } from '../../shared/i18n/locales';
import { chooseLocale } from './i18n';

// Each language is named in itself, so a person can find theirs whatever is showing.
const options: { value: Locale; label: string }[] = [
  { value: 'en', label: 'English' },
  { value: 'zh-CN', label: '中文' },
];

/**
 * The language switch (header and sign-in page): changes every text at once and is remembered.
 * A native select: light on the first route and usable with any keyboard or screen reader.
 * `onChoose` also stores the choice elsewhere (the header: with the signed-in user's settings).
 */
export function LanguageSwitch({ onChoose }: { onChoose?: (locale: Locale) => void }) {
  const { i18n } = useLingui();
  return (
    <NativeSelect
      size="xs"
      w={96}
      aria-label={i18n._({ id: 'language.switch', message: 'Language' })}
      data={options}
      value={i18n.locale}
      onChange={(event) => {
        const value = event.currentTarget.value;
        if (!isLocale(value)) return;
        void chooseLocale(value);
        onChoose?.(value);
      }}
    />
  );
}
