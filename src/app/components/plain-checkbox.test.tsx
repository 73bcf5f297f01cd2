import { Checkbox } from '@mantine/core';
import { screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it, vi } from 'vitest';

import { render } from '../testing/render';
import { checkboxClasses, PlainCheckbox } from './plain-checkbox';

// Mantine's class names on each element, compared with Mantine's own Checkbox in each state.

const shape = (root: Element) =>
  [root, ...root.querySelectorAll('*')].map((e) => [
    e.tagName,
    [...e.classList].filter((name) => name.startsWith('m_')).sort(),
    e.getAttribute('data-checked'),
    e.getAttribute('data-indeterminate'),
  ]);

describe('PlainCheckbox', () => {
  for (const state of [
    { checked: false },
    { checked: true },
    { checked: false, indeterminate: true },
  ]) {
    it(`renders as Mantine’s Checkbox did: ${JSON.stringify(state)}`, () => {
      const { container: ours } = render(
        <PlainCheckbox aria-label="ours" onChange={() => {}} {...state} />,
      );
      const { container: theirs } = render(
        <Checkbox aria-label="theirs" onChange={() => {}} {...state} />,
      );
      const root = (c: HTMLElement) => c.querySelector(`.${checkboxClasses.root}`)!;
      expect(shape(root(ours))).toEqual(shape(root(theirs)));
      const box = screen.getByRole('checkbox', { name: 'ours' });
      expect(box).toHaveProperty('indeterminate', state.indeterminate ?? false);
      expect(box).toHaveProperty('checked', state.checked);
    });
  }

  it('reports a click', async () => {
    const onChange = vi.fn();
    render(<PlainCheckbox aria-label="Select trk-1" checked={false} onChange={onChange} />);
    await userEvent.click(screen.getByRole('checkbox', { name: 'Select trk-1' }));
    expect(onChange).toHaveBeenCalledTimes(1);
  });
});
