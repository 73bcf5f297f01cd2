import { type ChangeEvent, type CSSProperties, useEffect, useRef } from 'react';

/**
 * Mantine's own class names for Checkbox (`Checkbox.classes` and its InlineInput's), whose rules
 * are in Mantine's stylesheet, loaded on every page; plain-checkbox.test.tsx compares the markup
 * with Mantine's Checkbox in each state.
 */
export const checkboxClasses = {
  root: 'm_bf2d988c',
  inlineRoot: 'm_5f75b09e',
  body: 'm_5f6e695e',
  inner: 'm_26062bec',
  input: 'm_26063560',
  icon: 'm_bf295423',
  labelWrapper: 'm_d3ea56bb',
};
const c = checkboxClasses;

const rootStyle = {
  '--checkbox-radius': 'var(--mantine-radius-sm)',
  '--checkbox-color': 'var(--mantine-primary-color-filled)',
} as CSSProperties;

interface PlainCheckboxProps {
  'aria-label': string;
  checked: boolean;
  indeterminate?: boolean;
  onChange: (event: ChangeEvent<HTMLInputElement>) => void;
}

/**
 * A checkbox drawn exactly as Mantine's Checkbox (its markup and classes) without its script:
 * Checkbox brought CheckboxGroup, CheckboxCard and its indicator, 2.7 kB gzip, onto the tasks page.
 */
export function PlainCheckbox({ checked, indeterminate, onChange, ...rest }: PlainCheckboxProps) {
  const input = useRef<HTMLInputElement>(null);
  useEffect(() => {
    if (!input.current) return;
    input.current.indeterminate = indeterminate ?? false;
    if (indeterminate) input.current.setAttribute('data-indeterminate', 'true');
    else input.current.removeAttribute('data-indeterminate');
  }, [indeterminate]);
  return (
    <div
      className={`${c.root} mantine-Checkbox-root ${c.inlineRoot}`}
      style={rootStyle}
      data-variant="filled"
      data-label-position="right"
      data-checked={checked || undefined}
    >
      <div className={c.body}>
        <div className={c.inner} data-label-position="right">
          <input
            ref={input}
            type="checkbox"
            className={`mantine-focus-auto ${c.input}`}
            data-with-error-styles="true"
            checked={checked}
            onChange={onChange}
            {...rest}
          />
          {indeterminate ? (
            <svg fill="none" viewBox="0 0 32 6" aria-hidden className={c.icon}>
              <rect width="32" height="6" fill="currentColor" rx="3" />
            </svg>
          ) : (
            <svg viewBox="0 0 10 7" fill="none" aria-hidden className={c.icon}>
              <path
                d="M4 4.586L1.707 2.293A1 1 0 1 0 .293 3.707l3 3a.997.997 0 0 0 1.414 0l5-5A1 1 0 1 0 8.293.293L4 4.586z"
                fill="currentColor"
                fillRule="evenodd"
                clipRule="evenodd"
              />
            </svg>
          )}
        </div>
        <div className={c.labelWrapper} />
      </div>
    </div>
  );
}
