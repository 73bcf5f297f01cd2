import { lazy } from 'react';
import { createBrowserRouter, Navigate } from 'react-router';

import { RequireSession } from './components/require-session';
import { loadConsoleWords } from './i18n/console/console-words';

// The console layout (AppShell, navigation icons, notifications) is only for signed-in pages, so
// it loads apart from /login, together with the console's words; it starts loading as soon as a
// guarded route renders, alongside the session check, instead of after it.
const loadAppLayout = () =>
  Promise.all([import('./components/app-layout'), loadConsoleWords()]).then(([m]) => m);
const AppLayout = lazy(() => loadAppLayout().then((m) => ({ default: m.AppLayout })));

function SignedInLayout() {
  void loadAppLayout();
  return (
    <RequireSession>
      <AppLayout />
    </RequireSession>
  );
}

// Each page is its own chunk: charts and other heavy parts load only where they are used.
const LoginRoute = lazy(() => import('./routes/login'));
const ProductsRoute = lazy(() => import('./routes/products'));
const OtaModulesRoute = lazy(() => import('./routes/ota-modules'));
const UpgradeTasksRoute = lazy(() => import('./routes/upgrade-tasks'));
const NotFoundRoute = lazy(() => import('./routes/not-found'));
const AuditRoute = lazy(() => import('./routes/audit'));
const ReportsRoute = lazy(() => import('./routes/reports'));
const KioskRoute = lazy(() =>
  Promise.all([import('./routes/kiosk'), loadConsoleWords()]).then(([m]) => m),
);
const DirectoryRoute = lazy(() => import('./routes/directory'));

export const router = createBrowserRouter([
  { path: '/login', element: <LoginRoute /> },
  // The big screen: its own kiosk session (from the printed link), no console layout.
  { path: '/kiosk', element: <KioskRoute /> },
  {
    element: <SignedInLayout />,
    children: [
      { path: '/', element: <Navigate to="/products" replace /> },
      { path: '/products', element: <ProductsRoute /> },
      { path: '/products/:productKey/modules', element: <OtaModulesRoute /> },
      { path: '/products/:productKey/tasks', element: <UpgradeTasksRoute /> },
      { path: '/audit', element: <AuditRoute /> },
      { path: '/reports', element: <ReportsRoute /> },
      { path: '/directory', element: <DirectoryRoute /> },
      { path: '*', element: <NotFoundRoute /> },
    ],
  },
]);
