import type { CSSProperties, ReactNode } from 'react';

/**
 * Mantine's class names for an input with its label (InputWrapper and Input), whose rules are in
 * Mantine's stylesheet, loaded on every page; plain-field.test.tsx compares the markup with
 * Mantine's TextInput and Textarea.
 */
export const inputClasses = {
  root: 'm_46b77525',
  label: 'm_8fdc1311',
  description: 'm_fe47ce59',
  error: 'm_8f816625',
  wrapper: 'm_6c018570',
  input: 'm_8fb7ebe7',
  section: 'm_82577fc2',
};
const c = inputClasses;

const SMALLER = 'calc(var(--mantine-font-size-sm) - calc(0.125rem * var(--mantine-scale)))';
const HALF_XS = 'calc(var(--mantine-spacing-xs) / 2)';

interface PlainFieldProps {
  label: string;
  description?: ReactNode;
  error?: ReactNode;
  value: string;
  placeholder?: string;
  disabled?: boolean;
  /** A textarea of this many rows instead of a one-line input. */
  rows?: number;
  rightSection?: ReactNode;
}

/**
 * An input drawn exactly as Mantine's TextInput (or Textarea) at its default size, without its
 * script and without use: the report form's stand-in (report-filters-stand-in.tsx) is made of them.
 */
export function PlainField({
  label,
  description,
  error,
  value,
  placeholder,
  disabled,
  rows,
  rightSection,
}: PlainFieldProps) {
  const wrapperStyle = {
    '--input-margin-top': description ? HALF_XS : undefined,
    '--input-margin-bottom': error ? HALF_XS : undefined,
    '--input-height': 'var(--input-height-sm)',
    '--input-fz': 'var(--mantine-font-size-sm)',
    '--input-padding-y': rows ? 'var(--input-padding-y-sm)' : undefined,
  } as CSSProperties;
  const state = {
    'data-variant': 'default',
    'data-error': error ? true : undefined,
    'data-disabled': disabled || undefined,
  };
  return (
    <div className={c.root} data-size="sm" data-error={error ? true : undefined}>
      <label
        className={c.label}
        data-size="sm"
        style={{ '--input-label-size': 'var(--mantine-font-size-sm)' } as CSSProperties}
      >
        {label}
      </label>
      {description && (
        <p
          className={c.description}
          data-size="sm"
          style={{ '--input-description-size': SMALLER } as CSSProperties}
        >
          {description}
        </p>
      )}
      <div
        className={c.wrapper}
        style={wrapperStyle}
        data-size="sm"
        data-multiline={rows ? true : undefined}
        data-with-right-section={rightSection ? true : undefined}
        {...state}
      >
        {rows ? (
          <textarea className={c.input} rows={rows} value={value} readOnly {...state} />
        ) : (
          <input
            className={c.input}
            value={value}
            placeholder={placeholder}
            disabled={disabled}
            readOnly
            {...state}
          />
        )}
        {rightSection && (
          <div className={c.section} data-position="right">
            {rightSection}
          </div>
        )}
      </div>
      {error && (
        <p
          className={c.error}
          data-size="sm"
          style={{ '--input-error-size': SMALLER } as CSSProperties}
        >
          {error}
        </p>
      )}
    </div>
  );
}
