import '@testing-library/jest-dom/vitest';
import '../i18n/console/error-messages';

import { i18n, type Messages } from '@lingui/core';
import { cleanup } from '@testing-library/react';
import { afterAll, afterEach, beforeAll } from 'vitest';

import { server } from './mocks/server';

// Components read their words from the catalogs, as in the browser (which loads them per page,
// here all parts at once); tests may activate zh-CN.
const catalogs = import.meta.glob<Messages>('../i18n/locales/*/*.po', {
  eager: true,
  import: 'messages',
});
const wordsOf = (locale: string) =>
  Object.assign(
    {},
    ...Object.entries(catalogs)
      .filter(([file]) => file.includes(`/locales/${locale}/`))
      .map(([, messages]) => messages),
  ) as Messages;
i18n.load({ en: wordsOf('en'), 'zh-CN': wordsOf('zh-CN') });
i18n.activate('en');

// Any request no handler answers fails the test (bulletproof-react's setup-tests.ts).
beforeAll(() => server.listen({ onUnhandledRequest: 'error' }));
afterEach(() => {
  cleanup();
  server.resetHandlers();
  if (i18n.locale !== 'en') i18n.activate('en');
});
afterAll(() => server.close());

// Mantine reads these browser APIs, which jsdom lacks.
Object.defineProperty(window, 'matchMedia', {
  writable: true,
  value: (query: string) => ({
    matches: false,
    media: query,
    onchange: null,
    addListener: () => {},
    removeListener: () => {},
    addEventListener: () => {},
    removeEventListener: () => {},
    dispatchEvent: () => false,
  }),
});
window.HTMLElement.prototype.scrollIntoView = () => {};
class ResizeObserverStub {
  observe() {}
  unobserve() {}
  disconnect() {}
}
window.ResizeObserver = ResizeObserverStub;

// Mantine's autosizing Textarea waits on document.fonts, which jsdom lacks.
if (!('fonts' in document)) {
  Object.defineProperty(document, 'fonts', {
    value: { ready: Promise.resolve(), addEventListener: () => {}, removeEventListener: () => {} },
  });
}
