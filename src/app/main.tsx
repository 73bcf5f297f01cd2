import { startTransition, StrictMode } from 'react';
import { createRoot } from 'react-dom/client';

import { defaultLocale } from '../shared/i18n/locales';
import { App } from './app';
import { askSessionEarly } from './features/auth/api/session';
import { askPreloadedReport } from './features/reports/api/preloaded-report';
import { activateLocale, detectLocale, i18n } from './i18n/i18n';
import { askEarlyAnswers } from './lib/early-answers';
import { prefetchLikelyPagesWhenIdle } from './lib/idle-prefetch';
import { browserTimeZone } from './lib/time/format-time';
import { loadPageFor } from './router';

const root = document.getElementById('root');
if (!root) throw new Error('#root is missing from index.html');

// The big screen has its own kiosk session; every other page starts by asking who is signed in.
if (window.location.pathname !== '/kiosk') askSessionEarly();
// A list page's first answers, which the shell preloads: taken up now, so its first render has them.
askEarlyAnswers();
// The first time format readies the browser's date library (about 15 ms, four times that on a slow
// phone): done in a task of its own while the page's code and words arrive, not in the first render.
if (window.location.pathname !== '/login') setTimeout(browserTimeZone);
// The report's figures are asked for alongside the session, not after the page's code has loaded:
// the answer the shell preloads for a plain report address, else asked for here.
if (window.location.pathname === '/reports' && !askPreloadedReport())
  void import('./features/reports/api/early-report').then((m) => m.askReportEarly());

// The first screen waits for its words (one small catalog chunk) so it never flashes English, and
// for its page's code (which the shell preloads), so it draws the page, not loaders on the way.
Promise.all([
  activateLocale(detectLocale())
    // A catalog that fails to load leaves the English written beside each id in the code.
    .catch(() => i18n.activate(defaultLocale)),
  // Code that fails to load is the page's error boundary's to report, at its render.
  loadPageFor(window.location.pathname).catch(() => undefined),
]).finally(() => {
  // As a transition, React renders the first screen in slices, yielding between them, instead of
  // one long task (a phone at a quarter of this speed would not answer a tap meanwhile).
  startTransition(() =>
    createRoot(root).render(
      <StrictMode>
        <App />
      </StrictMode>,
    ),
  );
  prefetchLikelyPagesWhenIdle();
});
