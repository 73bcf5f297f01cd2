import { SegmentedControl } from '@mantine/core';
import { screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it, vi } from 'vitest';

import { render } from '../../../testing/render';
import { PlainSegmentedControl } from './plain-segmented-control';

// Mantine's class names, data attributes and root style on each element, compared with Mantine's
// own SegmentedControl (less its floating indicator, which ours does not draw).

const shape = (root: Element) =>
  [root, ...root.querySelectorAll('*')]
    .filter((e) => !e.classList.contains('mantine-SegmentedControl-indicator'))
    .map((e) => [
      e.tagName,
      [...e.classList].sort(),
      [...e.attributes]
        .filter(
          (a) =>
            (a.name.startsWith('data-') && a.name !== 'data-initialized') ||
            ['role', 'type', 'value', 'aria-label'].includes(a.name),
        )
        .map((a) => `${a.name}=${a.value}`)
        .sort(),
      e.getAttribute('role') === 'radiogroup' ? e.getAttribute('style') : null,
      e.textContent,
    ]);

const DATA = [
  { value: 'hour', label: 'Per hour' },
  { value: 'day', label: 'Per day' },
];

describe('PlainSegmentedControl', () => {
  for (const size of ['xs', 'sm'] as const) {
    it(`renders as Mantine’s SegmentedControl does (${size})`, () => {
      const { container: ours } = render(
        <PlainSegmentedControl size={size} aria-label="Buckets" value="day" data={DATA} />,
      );
      const { container: theirs } = render(
        <SegmentedControl
          size={size === 'sm' ? undefined : size}
          aria-label="Buckets"
          value="day"
          onChange={() => {}}
          data={DATA}
        />,
      );
      const root = (c: HTMLElement) => c.querySelector('[role="radiogroup"]')!;
      expect(shape(root(ours))).toEqual(shape(root(theirs)));
      expect(screen.getAllByRole('radio', { name: 'Per day' })[0]).toBeChecked();
    });
  }

  it('reports a click and the arrow keys', async () => {
    const onChange = vi.fn();
    render(<PlainSegmentedControl value="day" data={DATA} onChange={onChange} />);
    await userEvent.click(screen.getByText('Per hour'));
    expect(onChange).toHaveBeenLastCalledWith('hour');
    screen.getByRole('radio', { name: 'Per day' }).focus();
    await userEvent.keyboard('{ArrowLeft}');
    expect(onChange).toHaveBeenLastCalledWith('hour');
  });
});
