import { Switch } from '@mantine/core';
import { screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it, vi } from 'vitest';

import { render } from '../../../testing/render';
import { PlainSwitch, switchClasses } from './plain-switch';

// Mantine's class names and data attributes on each element, compared with Mantine's own Switch.

const shape = (root: Element) =>
  [root, ...root.querySelectorAll('*')].map((e) => [
    e.tagName,
    [...e.classList].filter((name) => name.startsWith('m_')).sort(),
    [...e.attributes]
      .filter((a) => a.name.startsWith('data-') || a.name === 'role' || a.name === 'type')
      .map((a) => `${a.name}=${a.value}`)
      .sort(),
    e.getAttribute('style'),
  ]);

describe('PlainSwitch', () => {
  for (const checked of [false, true]) {
    it(`renders as Mantine’s Switch did, ${checked ? 'on' : 'off'}`, () => {
      const { container: ours } = render(
        <PlainSwitch label="ours" checked={checked} onChange={() => {}} />,
      );
      const { container: theirs } = render(
        <Switch label="theirs" checked={checked} onChange={() => {}} />,
      );
      const root = (c: HTMLElement) => c.querySelector(`.${switchClasses.root}`)!;
      expect(shape(root(ours))).toEqual(shape(root(theirs)));
      expect(screen.getByRole('switch', { name: 'ours' })).toHaveProperty('checked', checked);
    });
  }

  it('reports a click and a key press', async () => {
    const onChange = vi.fn();
    render(<PlainSwitch label="Count every record" checked={false} onChange={onChange} />);
    const control = screen.getByRole('switch', { name: 'Count every record' });
    await userEvent.click(control);
    control.focus();
    await userEvent.keyboard(' ');
    expect(onChange).toHaveBeenCalledTimes(2);
  });
});
