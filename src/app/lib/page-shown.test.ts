import { describe, expect, it, vi } from 'vitest';

import { PAGE_SHOWN_MARK, pageContentShown } from './page-shown';

/** A PerformanceObserver stand-in that hands the given mark names to its callback when observing. */
function observerOf(names: string[]) {
  return class {
    constructor(private readonly callback: (list: { getEntries: () => unknown[] }) => void) {}
    observe() {
      queueMicrotask(() => this.callback({ getEntries: () => names.map((name) => ({ name })) }));
    }
    disconnect() {}
  } as unknown as typeof PerformanceObserver;
}

const windowWith = (names: string[] | null) => ({
  setTimeout,
  clearTimeout,
  PerformanceObserver: names ? observerOf(names) : undefined,
});

describe('the page-shown signal', () => {
  it.each([PAGE_SHOWN_MARK, 'report-figures-shown'])('resolves on the %s mark', async (name) => {
    const shown = vi.fn();
    void pageContentShown(windowWith(['other', name]), 60_000).then(shown);
    await vi.waitFor(() => expect(shown).toHaveBeenCalled());
  });

  it('waits out its limit when no page mark comes, or the browser cannot observe marks', async () => {
    const shown = vi.fn();
    void pageContentShown(windowWith(['other']), 30).then(shown);
    void pageContentShown(windowWith(null), 30).then(shown);
    await new Promise((resolve) => setTimeout(resolve, 10));
    expect(shown).not.toHaveBeenCalled();
    await vi.waitFor(() => expect(shown).toHaveBeenCalledTimes(2));
  });
});
