import { type CSSProperties, useId } from 'react';

/**
 * Mantine's class names for SegmentedControl (`SegmentedControl.classes`), whose rules are in
 * Mantine's stylesheet, loaded on every page; plain-segmented-control.test.tsx compares the markup
 * with Mantine's SegmentedControl.
 */
export const segmentedClasses = {
  root: 'm_cf365364 mantine-SegmentedControl-root',
  control: 'm_69686b9b mantine-SegmentedControl-control',
  input: 'm_1714d588 mantine-SegmentedControl-input',
  label: 'm_1738fcb2 mantine-SegmentedControl-label',
  innerLabel: 'm_78882f40 mantine-SegmentedControl-innerLabel',
};
const c = segmentedClasses;

/** The style Mantine's SegmentedControl sets on its root, at the sizes the report uses. */
const ROOT_STYLE: Record<'sm' | 'xs', CSSProperties & Record<`--${string}`, string>> = {
  sm: { '--sc-shadow': 'var(--mantine-shadow-xs)' },
  xs: {
    '--sc-shadow': 'var(--mantine-shadow-xs)',
    '--sc-padding': 'var(--sc-padding-xs)',
    '--sc-font-size': 'var(--mantine-font-size-xs)',
  },
};

interface PlainSegmentedControlProps<V extends string> {
  data: Array<{ value: V; label: string }>;
  value: V;
  onChange?: (value: V) => void;
  size?: 'xs' | 'sm';
  'aria-label'?: string;
}

/**
 * A segmented control drawn as Mantine's SegmentedControl (its markup and classes) without its
 * script. Mantine's slides a floating indicator, which measures the page (a forced layout) on every
 * resize and on the report's first frames: here the chosen item carries the indicator's look as
 * Mantine's own first frame does (its stylesheet draws it until the indicator is placed), and
 * choosing moves it without the slide. Native radios: the keyboard and focus ring are Mantine's.
 */
export function PlainSegmentedControl<V extends string>({
  data,
  value,
  onChange,
  size = 'sm',
  'aria-label': ariaLabel,
}: PlainSegmentedControlProps<V>) {
  const name = useId();
  return (
    <div
      className={c.root}
      style={ROOT_STYLE[size]}
      data-size={size === 'sm' ? undefined : size}
      data-with-items-borders="true"
      aria-label={ariaLabel}
      role="radiogroup"
    >
      {data.map((item) => {
        const active = item.value === value;
        const id = `${name}-${item.value}`;
        return (
          <div key={item.value} className={c.control} data-active={active || undefined}>
            <input
              className={c.input}
              id={id}
              data-focus-ring="auto"
              type="radio"
              value={item.value}
              name={name}
              checked={active}
              onChange={() => onChange?.(item.value)}
              readOnly={!onChange}
            />
            <label className={c.label} data-active={active || undefined} htmlFor={id}>
              <span className={c.innerLabel}>{item.label}</span>
            </label>
          </div>
        );
      })}
    </div>
  );
}
