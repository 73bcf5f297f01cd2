import { type ChangeEvent, useId } from 'react';

/**
 * Mantine's class names for Switch (`Switch.classes` and its InlineInput's), whose rules are in
 * Mantine's stylesheet, loaded on every page; plain-switch.test.tsx compares the markup with
 * Mantine's Switch, off and on.
 */
export const switchClasses = {
  root: 'm_5f93f3bb',
  inlineRoot: 'm_5f75b09e',
  body: 'm_5f6e695e',
  input: 'm_926b4011',
  track: 'm_9307d992',
  thumb: 'm_93039a1d',
  trackLabel: 'm_8277e082',
  labelWrapper: 'm_d3ea56bb',
  label: 'm_8ee546b8',
};
const c = switchClasses;

interface PlainSwitchProps {
  label: string;
  checked: boolean;
  onChange: (event: ChangeEvent<HTMLInputElement>) => void;
}

/**
 * A switch drawn exactly as Mantine's Switch (its markup and classes) without its script: Switch
 * brought its group and the inline-input and input wrappers, about 6 kB gzip, before the report's
 * figures. A native checkbox with the switch role: keyboard and focus ring as Mantine's.
 */
export function PlainSwitch({ label, checked, onChange }: PlainSwitchProps) {
  const id = useId();
  return (
    <div className={`${c.root} ${c.inlineRoot}`} data-label-position="right" data-checked={checked}>
      {/* Its text is three elements deep, as in Mantine's Switch (past the rule's default depth). */}
      {/* eslint-disable-next-line jsx-a11y/label-has-associated-control */}
      <label className={c.body} htmlFor={id}>
        <input
          id={id}
          type="checkbox"
          role="switch"
          className={c.input}
          data-checked={checked}
          checked={checked}
          onChange={onChange}
        />
        <span
          className={c.track}
          data-label-position="right"
          data-without-labels="true"
          aria-hidden="true"
        >
          <span className={c.thumb} data-reduce-motion="true" data-with-thumb-indicator="true" />
          <span className={c.trackLabel} />
        </span>
        <div className={c.labelWrapper}>
          <span className={c.label}>{label}</span>
        </div>
      </label>
    </div>
  );
}
