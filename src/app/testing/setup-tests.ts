import '@testing-library/jest-dom/vitest';
import '../i18n/console/error-messages';

import { i18n } from '@lingui/core';
import { cleanup } from '@testing-library/react';
import { afterEach } from 'vitest';

import { messages as consoleMessages } from '../i18n/locales/en/console.po';
import { messages as shellMessages } from '../i18n/locales/en/shell.po';
import { messages as zhConsoleMessages } from '../i18n/locales/zh-CN/console.po';
import { messages as zhShellMessages } from '../i18n/locales/zh-CN/shell.po';

// Components read their words from the catalogs, as in the browser; tests may activate zh-CN.
i18n.load({
  en: { ...shellMessages, ...consoleMessages },
  'zh-CN': { ...zhShellMessages, ...zhConsoleMessages },
});
i18n.activate('en');

afterEach(() => {
  cleanup();
  if (i18n.locale !== 'en') i18n.activate('en');
});

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
