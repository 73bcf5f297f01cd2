import { TextInput } from '@mantine/core';
import { describe, expect, it } from 'vitest';

import { render } from '../../../testing/render';
import { inputClasses, PlainField } from './plain-field';

// Mantine's class names, data attributes and CSS variables on each element, compared with Mantine's
// own TextInput: the stand-in's boxes are then the form's.

const shape = (root: Element) =>
  [root, ...root.querySelectorAll('*')].map((e) => [
    e.tagName,
    [...e.classList].filter((name) => name.startsWith('m_')).sort(),
    [...e.attributes]
      .filter((a) => a.name.startsWith('data-'))
      .map((a) => `${a.name}=${a.value}`)
      .sort(),
    (e.getAttribute('style') ?? '')
      .split(';')
      .map((rule) => rule.trim())
      .filter(Boolean)
      .sort(),
  ]);

const rootOf = (container: HTMLElement) => container.querySelector(`.${inputClasses.root}`)!;

describe('PlainField', () => {
  const cases = [
    { label: 'Product', value: 'Asset Tracker', placeholder: 'Choose' },
    { label: 'Firmware', value: '', placeholder: 'Choose a product first', disabled: true },
    {
      label: 'From (UTC)',
      description: 'YYYY-MM-DD HH:mm',
      value: 'soon',
      error: 'Enter a date and time',
    },
  ];
  for (const props of cases) {
    it(`is drawn as Mantine’s TextInput: ${props.label}`, () => {
      const { container: ours } = render(<PlainField {...props} />);
      const { container: theirs } = render(<TextInput {...props} readOnly />);
      expect(shape(rootOf(ours))).toEqual(shape(rootOf(theirs)));
    });
  }

  it('is drawn as Mantine’s TextInput with a right section', () => {
    const section = <span>v</span>;
    const { container: ours } = render(<PlainField label="Job" value="" rightSection={section} />);
    const { container: theirs } = render(
      <TextInput label="Job" value="" readOnly rightSection={section} />,
    );
    expect(shape(rootOf(ours))).toEqual(shape(rootOf(theirs)));
  });
});
