import { ComboboxChevron, Input, NativeSelect } from '@mantine/core';
import { screen } from '@testing-library/react';
import { describe, expect, it } from 'vitest';

import { render } from '../testing/render';
import { LanguageSwitch } from './language-switch';
import { inputClasses } from './native-select-classes';

describe('LanguageSwitch', () => {
  it('uses the class names of Mantine’s Input (its stylesheet draws the switch)', () => {
    expect(inputClasses).toEqual({
      root: Input.classes.root,
      wrapper: Input.classes.wrapper,
      input: Input.classes.input,
      section: Input.classes.section,
      chevron: ComboboxChevron.classes.chevron,
    });
  });

  it('renders as Mantine’s NativeSelect of size xs did', () => {
    const { container: ours } = render(<LanguageSwitch />);
    const mine = ours.querySelector('select')!.closest(`.${inputClasses.root}`)!;
    const { container: theirs } = render(
      <NativeSelect size="xs" w={96} aria-label="Language" data={['en', 'zh-CN']} />,
    );
    const mantine = theirs.querySelector('select')!.closest(`.${inputClasses.root}`)!;
    const shape = (el: Element) =>
      [el, ...el.querySelectorAll('*')]
        .filter((e) => e.tagName !== 'OPTION' && e.tagName !== 'path')
        .map((e) => [e.tagName, e.getAttribute('data-size'), e.getAttribute('style')]);
    expect(shape(mine)).toEqual(shape(mantine));
    expect(screen.getAllByRole('combobox', { name: 'Language' })).toHaveLength(2);
  });
});
