import '@testing-library/jest-dom/vitest';
import '../i18n/console/error-messages';

import { i18n } from '@lingui/core';
import { cleanup } from '@testing-library/react';
import { afterAll, afterEach, beforeAll } from 'vitest';

import { messages as consoleMessages } from '../i18n/locales/en/console.po';
import { messages as shellMessages } from '../i18n/locales/en/shell.po';
import { messages as zhConsoleMessages } from '../i18n/locales/zh-CN/console.po';
import { messages as zhShellMessages } from '../i18n/locales/zh-CN/shell.po';
import { server } from './mocks/server';

// Components read their words from the catalogs, as in the browser; tests may activate zh-CN.
i18n.load({
  en: { ...shellMessages, ...consoleMessages },
  'zh-CN': { ...zhShellMessages, ...zhConsoleMessages },
});
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
