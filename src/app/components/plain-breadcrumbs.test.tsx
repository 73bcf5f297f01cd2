import { Anchor, Breadcrumbs, Text } from '@mantine/core';
import { describe, expect, it } from 'vitest';

import { render } from '../testing/render';
import { breadcrumbsClasses, PlainBreadcrumbs } from './plain-breadcrumbs';

// Mantine's class names on each element, compared with Mantine's own Breadcrumbs.
const shape = (root: Element) =>
  [root, ...root.querySelectorAll('*')].map((e) => [
    e.tagName,
    [...e.classList].filter((name) => name.startsWith('m_') || name.startsWith('mantine-')).sort(),
    e.textContent,
  ]);

describe('PlainBreadcrumbs', () => {
  it('renders as Mantine’s Breadcrumbs did', () => {
    const items = [
      <Anchor key="a" href="/products">
        Products
      </Anchor>,
      <Text key="t">Asset Tracker</Text>,
      'plain text',
    ];
    const { container: ours } = render(<PlainBreadcrumbs>{items}</PlainBreadcrumbs>);
    const { container: theirs } = render(<Breadcrumbs>{items}</Breadcrumbs>);
    const root = (c: HTMLElement) => c.querySelector(`.${breadcrumbsClasses.root}`)!;
    expect(shape(root(ours))).toEqual(shape(root(theirs)));
  });
});
