import { afterEach, describe, expect, it, vi } from 'vitest';

import { EARLY_ANSWER_ATTRIBUTE } from '../../shared/app-shell/early-answers';
import { arrivedAnswer, askEarlyAnswers, pendingAnswer } from './early-answers';

function preloadLink(href: string, early = true) {
  const link = document.createElement('link');
  link.rel = 'preload';
  link.setAttribute('as', 'fetch');
  link.setAttribute('href', href);
  if (early) link.setAttribute(EARLY_ANSWER_ATTRIBUTE, '');
  document.head.append(link);
}

const answer = (status: number, body: unknown) =>
  Promise.resolve(new Response(JSON.stringify(body), { status }));

afterEach(() => {
  document.head.innerHTML = '';
  vi.unstubAllGlobals();
});

describe('early answers', () => {
  it('takes up the marked preloads once: at the first render if arrived, else on their way', async () => {
    const fetch = vi.fn((url: string) => answer(200, { url }));
    vi.stubGlobal('fetch', fetch);
    preloadLink('/api/products?page=1&pageSize=20');
    preloadLink('/api/me/preferences');
    preloadLink('/api/auth/session', false);
    askEarlyAnswers(document, () => 0);
    expect(fetch.mock.calls.map(([url]) => url)).toEqual([
      '/api/products?page=1&pageSize=20',
      '/api/me/preferences',
    ]);
    expect(arrivedAnswer('/api/products?page=1&pageSize=20', 0)).toBeUndefined();
    await expect(pendingAnswer('/api/me/preferences', 0)).resolves.toEqual({
      url: '/api/me/preferences',
    });
    expect(pendingAnswer('/api/me/preferences', 0)).toBeUndefined();
    await vi.waitFor(() =>
      expect(arrivedAnswer('/api/products?page=1&pageSize=20', 0)).toEqual({
        url: '/api/products?page=1&pageSize=20',
      }),
    );
    expect(arrivedAnswer('/api/products?page=1&pageSize=20', 0)).toBeUndefined();
  });

  it('keeps no refusal and no stale answer (the query asks on its own)', async () => {
    vi.stubGlobal(
      'fetch',
      vi.fn(() => answer(401, { code: 'Unauthenticated' })),
    );
    preloadLink('/api/products/a1P/modules');
    preloadLink('/api/products/a1P');
    askEarlyAnswers(document, () => 0);
    await expect(pendingAnswer('/api/products/a1P/modules', 0)).resolves.toBeUndefined();
    expect(pendingAnswer('/api/products/a1P', 60_000)).toBeUndefined();
  });
});
