import { afterEach, describe, expect, it, vi } from 'vitest';

import { ROUTE_PREFETCH_ELEMENT_ID } from '../../shared/app-shell/route-prefetch';
import { listedPrefetchFiles, prefetchLikelyPagesWhenIdle } from './idle-prefetch';

function shellList(text: string) {
  const data = document.createElement('script');
  data.type = 'application/json';
  data.id = ROUTE_PREFETCH_ELEMENT_ID;
  data.textContent = text;
  document.head.append(data);
}

const prefetchLinks = () =>
  [...document.head.querySelectorAll<HTMLLinkElement>('link[rel="prefetch"]')].map((l) => ({
    href: l.getAttribute('href'),
    as: l.getAttribute('as'),
    crossorigin: l.getAttribute('crossorigin'),
  }));

const shownAtOnce = () => Promise.resolve();

afterEach(() => {
  document.head.innerHTML = '';
  vi.useRealTimers();
});

describe('idle prefetch of the likely next pages', () => {
  it('reads only asset paths from the shell’s list, and nothing from a broken one', () => {
    shellList('["/assets/a.js", 3, "https://elsewhere/x.js", "/assets/b.css"]');
    expect(listedPrefetchFiles()).toEqual(['/assets/a.js', '/assets/b.css']);
    document.head.innerHTML = '';
    shellList('{not json');
    expect(listedPrefetchFiles()).toEqual([]);
  });

  it('adds the prefetch links only once the page has loaded and the browser is idle', async () => {
    shellList('["/assets/tasks-T1.js", "/assets/tasks-T1.css"]');
    let idle: (() => void) | undefined;
    const listeners: Record<string, () => void> = {};
    const win = {
      document: {
        ...document,
        readyState: 'loading',
        getElementById: (id: string) => document.getElementById(id),
        querySelectorAll: (q: string) => document.querySelectorAll(q),
        createElement: (t: string) => document.createElement(t),
        head: document.head,
      },
      requestIdleCallback: (run: () => void) => {
        idle = run;
        return 1;
      },
      addEventListener: (name: string, run: () => void) => {
        listeners[name] = run;
      },
      setTimeout,
    } as unknown as Parameters<typeof prefetchLikelyPagesWhenIdle>[0];

    prefetchLikelyPagesWhenIdle(win, shownAtOnce);
    expect(prefetchLinks()).toEqual([]);
    listeners.load?.();
    await vi.waitFor(() => expect(idle).toBeDefined());
    expect(prefetchLinks()).toEqual([]);
    idle?.();
    expect(prefetchLinks()).toEqual([
      { href: '/assets/tasks-T1.js', as: 'script', crossorigin: '' },
      { href: '/assets/tasks-T1.css', as: 'style', crossorigin: '' },
    ]);
  });

  it('waits for the page’s own preloaded chunks before prefetching the next pages', async () => {
    shellList('["/assets/tasks-T1.js"]');
    const own = document.createElement('link');
    own.rel = 'modulepreload';
    own.href = '/assets/reports-R1.js';
    document.head.append(own);
    let idle: (() => void) | undefined;
    const win = {
      document,
      performance: { getEntriesByType: () => [] },
      requestIdleCallback: (run: () => void) => {
        idle = run;
        return 1;
      },
      addEventListener: () => undefined,
      setTimeout,
    } as unknown as Parameters<typeof prefetchLikelyPagesWhenIdle>[0];
    Object.defineProperty(document, 'readyState', { value: 'complete', configurable: true });
    try {
      prefetchLikelyPagesWhenIdle(win, shownAtOnce);
      await new Promise((resolve) => setTimeout(resolve, 10));
      expect(idle).toBeUndefined();
      own.dispatchEvent(new Event('load'));
      await vi.waitFor(() => expect(idle).toBeDefined());
      idle?.();
      expect(prefetchLinks()).toEqual([
        { href: '/assets/tasks-T1.js', as: 'script', crossorigin: '' },
      ]);
    } finally {
      delete (document as { readyState?: string }).readyState;
    }
  });

  it('waits for the page’s content to show before prefetching the next pages', async () => {
    shellList('["/assets/tasks-T1.js"]');
    let idle: (() => void) | undefined;
    let show: (() => void) | undefined;
    const win = {
      document,
      performance: { getEntriesByType: () => [] },
      requestIdleCallback: (run: () => void) => {
        idle = run;
        return 1;
      },
      addEventListener: () => undefined,
      setTimeout,
    } as unknown as Parameters<typeof prefetchLikelyPagesWhenIdle>[0];
    Object.defineProperty(document, 'readyState', { value: 'complete', configurable: true });
    try {
      prefetchLikelyPagesWhenIdle(win, () => new Promise<void>((done) => (show = done)));
      await vi.waitFor(() => expect(show).toBeDefined());
      await new Promise((resolve) => setTimeout(resolve, 10));
      expect(idle).toBeUndefined();
      show?.();
      await vi.waitFor(() => expect(idle).toBeDefined());
      idle?.();
      expect(prefetchLinks()).toHaveLength(1);
    } finally {
      delete (document as { readyState?: string }).readyState;
    }
  });
});
