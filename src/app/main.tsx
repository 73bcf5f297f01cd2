import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';

import { defaultLocale } from '../shared/i18n/locales';
import { App } from './app';
import { askSessionEarly } from './features/auth/api/session';
import { askPreloadedReport } from './features/reports/api/preloaded-report';
import { activateLocale, detectLocale, i18n } from './i18n/i18n';
import { prefetchLikelyPagesWhenIdle } from './lib/idle-prefetch';

const root = document.getElementById('root');
if (!root) throw new Error('#root is missing from index.html');

// The big screen has its own kiosk session; every other page starts by asking who is signed in.
if (window.location.pathname !== '/kiosk') askSessionEarly();
// The report's figures are asked for alongside the session, not after the page's code has loaded:
// the answer the shell preloads for a plain report address, else asked for here.
if (window.location.pathname === '/reports' && !askPreloadedReport())
  void import('./features/reports/api/early-report').then((m) => m.askReportEarly());

// The first screen waits for its words (one small catalog chunk) so it never flashes English.
activateLocale(detectLocale())
  // A catalog that fails to load leaves the English written beside each id in the code.
  .catch(() => i18n.activate(defaultLocale))
  .finally(() => {
    createRoot(root).render(
      <StrictMode>
        <App />
      </StrictMode>,
    );
    prefetchLikelyPagesWhenIdle();
  });
