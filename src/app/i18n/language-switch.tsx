import { useLingui } from '@lingui/react';
import type { CSSProperties } from 'react';

import { isLocale, type Locale } from '../../shared/i18n/locales';
import { chooseLocale } from './i18n';
import { inputClasses as c } from './native-select-classes';

// Each language is named in itself, so a person can find theirs whatever is showing.
const options: { value: Locale; label: string }[] = [
  { value: 'en', label: 'English' },
  { value: 'zh-CN', label: '中文' },
];

// Mantine NativeSelect's size xs, 96 px wide (its CSS variables and data attributes).
const rootStyle = { width: 'calc(6rem * var(--mantine-scale))' };
const wrapperStyle = {
  '--input-height': 'var(--input-height-xs)',
  '--input-fz': 'var(--mantine-font-size-xs)',
  '--input-right-section-pointer-events': 'none',
} as CSSProperties;
const chevronStyle = {
  '--combobox-chevron-size': 'var(--combobox-chevron-size-xs)',
} as CSSProperties;
const CHEVRON =
  'M4.93179 5.43179C4.75605 5.60753 4.75605 5.89245 4.93179 6.06819C5.10753 6.24392 5.39245 6.24392 5.56819 6.06819L7.49999 4.13638L9.43179 6.06819C9.60753 6.24392 9.89245 6.24392 10.0682 6.06819C10.2439 5.89245 10.2439 5.60753 10.0682 5.43179L7.81819 3.18179C7.73379 3.0974 7.61933 3.04999 7.49999 3.04999C7.38064 3.04999 7.26618 3.0974 7.18179 3.18179L4.93179 5.43179ZM10.0682 9.56819C10.2439 9.39245 10.2439 9.10753 10.0682 8.93179C9.89245 8.75606 9.60753 8.75606 9.43179 8.93179L7.49999 10.8636L5.56819 8.93179C5.39245 8.75606 5.10753 8.75606 4.93179 8.93179C4.75605 9.10753 4.75605 9.39245 4.93179 9.56819L7.18179 11.8182C7.35753 11.9939 7.64245 11.9939 7.81819 11.8182L10.0682 9.56819Z';

/**
 * The language switch (header and sign-in page): changes every text at once and is remembered.
 * A native select, drawn as Mantine's NativeSelect (its classes, see native-select-classes.ts) but
 * without its script (InputBase and friends, 6 kB gzip on pages that have no other input).
 * `onChoose` also stores the choice elsewhere (the header: with the signed-in user's settings).
 */
export function LanguageSwitch({ onChoose }: { onChoose?: (locale: Locale) => void }) {
  const { i18n } = useLingui();
  return (
    <div className={c.root} data-size="xs" style={rootStyle}>
      <div
        className={c.wrapper}
        data-variant="default"
        data-size="xs"
        data-pointer
        data-with-right-section
        style={wrapperStyle}
      >
        <select
          className={c.input}
          data-variant="default"
          aria-label={i18n._({ id: 'language.switch', message: 'Language' })}
          value={i18n.locale}
          onChange={(event) => {
            const value = event.currentTarget.value;
            if (!isLocale(value)) return;
            void chooseLocale(value);
            onChoose?.(value);
          }}
        >
          {options.map((option) => (
            <option key={option.value} value={option.value}>
              {option.label}
            </option>
          ))}
        </select>
        <div data-position="right" className={c.section}>
          <svg
            className={c.chevron}
            data-size="xs"
            viewBox="0 0 15 15"
            fill="none"
            style={chevronStyle}
            aria-hidden
          >
            <path d={CHEVRON} fill="currentColor" fillRule="evenodd" clipRule="evenodd" />
          </svg>
        </div>
      </div>
    </div>
  );
}
