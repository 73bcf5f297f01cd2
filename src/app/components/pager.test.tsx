import { usePagination } from '@mantine/hooks';
import { renderHook, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it, vi } from 'vitest';

import { render } from '../testing/render';
import { Pager, pagerRange } from './pager';

describe('pagerRange', () => {
  it('lays out the numbers as Mantine’s Pagination did, for every page of 1 to 40 pages', () => {
    for (let total = 1; total <= 40; total++) {
      for (let page = 1; page <= total; page++) {
        const { result } = renderHook(() => usePagination({ total, page }));
        expect(pagerRange(total, page), `${page} of ${total}`).toEqual(result.current.range);
      }
    }
  });
});

describe('Pager', () => {
  it('marks the current page, names its buttons and moves by one or to a number', async () => {
    const onChange = vi.fn();
    render(<Pager total={31} value={1} onChange={onChange} namePages />);
    expect(screen.getByRole('button', { name: 'Page 1' })).toHaveAttribute('aria-current', 'page');
    expect(screen.getByRole('button', { name: 'previous page' })).toBeDisabled();
    expect(screen.getByRole('button', { name: 'Page 31' })).toBeInTheDocument();
    await userEvent.click(screen.getByRole('button', { name: 'next page' }));
    expect(onChange).toHaveBeenLastCalledWith(2);
    await userEvent.click(screen.getByRole('button', { name: 'Page 5' }));
    expect(onChange).toHaveBeenLastCalledWith(5);
  });

  it('names numbered buttons by their number unless asked, and stops at the last page', async () => {
    const onChange = vi.fn();
    render(<Pager total={3} value={3} onChange={onChange} />);
    expect(screen.getByRole('button', { name: '3' })).toHaveAttribute('aria-current', 'page');
    expect(screen.getByRole('button', { name: 'next page' })).toBeDisabled();
    await userEvent.click(screen.getByRole('button', { name: '2' }));
    expect(onChange).toHaveBeenLastCalledWith(2);
  });
});
