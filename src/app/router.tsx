import { type ComponentType, lazy } from 'react';
import { BrowserRouter, matchPath, Navigate, Route, Routes, useLocation } from 'react-router';

import { RequireSession } from './components/require-session';
import { RouteErrorBoundary } from './components/route-error-boundary';
import type { CatalogPart } from './i18n/catalogs';
import { loadConsoleWords } from './i18n/console/console-words';
import { requireCatalog } from './i18n/i18n';
import { preloadable } from './lib/preloadable';

// The console layout (AppShell, navigation icons, notifications) is only for signed-in pages, so
// it loads apart from /login, together with the console's words; it starts loading as soon as a
// guarded route renders, alongside the session check, instead of after it.
const loadAppLayout = () =>
  Promise.all([import('./components/app-layout'), loadConsoleWords()]).then(([m]) => m);
const AppLayout = preloadable(() => loadAppLayout().then((m) => ({ default: m.AppLayout })));

function SignedInLayout() {
  void loadAppLayout();
  return (
    <RequireSession>
      <AppLayout />
    </RequireSession>
  );
}

// Each page is its own chunk: charts and other heavy parts load only where they are used. A page's
// own words (its catalog part) load alongside its code, so no page carries the others' words.
const page = (load: () => Promise<{ default: ComponentType }>, part: CatalogPart) =>
  preloadable(() => Promise.all([load(), requireCatalog(part)]).then(([m]) => m));

const LoginRoute = preloadable(() => import('./routes/login'));
const ProductsRoute = page(() => import('./routes/products'), 'products');
const OtaModulesRoute = page(() => import('./routes/ota-modules'), 'ota-modules');
const UpgradeTasksRoute = page(() => import('./routes/upgrade-tasks'), 'upgrade-tasks');
const NotFoundRoute = lazy(() => import('./routes/not-found'));
const AuditRoute = page(() => import('./routes/audit'), 'audit');
const ReportsRoute = page(() => import('./routes/reports'), 'reports');
const KioskRoute = preloadable(() =>
  Promise.all([import('./routes/kiosk'), loadConsoleWords(), requireCatalog('kiosk')]).then(
    ([m]) => m,
  ),
);
const DirectoryRoute = page(() => import('./routes/directory'), 'directory');

/** The pages inside the signed-in layout, by path. */
const SIGNED_IN_PAGES = [
  ['/products', ProductsRoute],
  ['/products/:productKey/modules', OtaModulesRoute],
  ['/products/:productKey/tasks', UpgradeTasksRoute],
  ['/audit', AuditRoute],
  ['/reports', ReportsRoute],
  ['/directory', DirectoryRoute],
] as const;

/**
 * Loads the code (and words) an address renders: main.tsx waits for it before the first render,
 * so the page draws at once rather than a loader, then the layout, then the page.
 */
export function loadPageFor(pathname: string): Promise<unknown> {
  if (matchPath('/login', pathname)) return LoginRoute.preload();
  if (matchPath('/kiosk', pathname)) return KioskRoute.preload();
  const page = SIGNED_IN_PAGES.find(([path]) => matchPath(path, pathname))?.[1];
  return Promise.all([AppLayout.preload(), page?.preload()]);
}

/**
 * The console's pages. Declared as components under a BrowserRouter, not as a data router: no page
 * uses loaders or actions, and the data router's engine was about 15 kB gzip on every page.
 */
export function AppRoutes() {
  return (
    <BrowserRouter>
      <PageRoutes />
    </BrowserRouter>
  );
}

function PageRoutes() {
  const { pathname } = useLocation();
  return (
    <RouteErrorBoundary resetKey={pathname}>
      <Routes>
        <Route path="/login" element={<LoginRoute />} />
        {/* The big screen: its own kiosk session (from the printed link), no console layout. */}
        <Route path="/kiosk" element={<KioskRoute />} />
        <Route element={<SignedInLayout />}>
          <Route path="/" element={<Navigate to="/products" replace />} />
          {SIGNED_IN_PAGES.map(([path, Page]) => (
            <Route key={path} path={path} element={<Page />} />
          ))}
          <Route path="*" element={<NotFoundRoute />} />
        </Route>
      </Routes>
    </RouteErrorBoundary>
  );
}
