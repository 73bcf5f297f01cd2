import { lazy } from 'react';
import { createBrowserRouter, Navigate } from 'react-router';

import { AppLayout } from './components/app-layout';
import { RequireSession } from './components/require-session';

// Each page is its own chunk: charts and other heavy parts load only where they are used.
const LoginRoute = lazy(() => import('./routes/login'));
const ProductsRoute = lazy(() => import('./routes/products'));
const OtaModulesRoute = lazy(() => import('./routes/ota-modules'));
const NotFoundRoute = lazy(() => import('./routes/not-found'));

export const router = createBrowserRouter([
  { path: '/login', element: <LoginRoute /> },
  {
    element: (
      <RequireSession>
        <AppLayout />
      </RequireSession>
    ),
    children: [
      { path: '/', element: <Navigate to="/products" replace /> },
      { path: '/products', element: <ProductsRoute /> },
      { path: '/products/:productKey/modules', element: <OtaModulesRoute /> },
      { path: '*', element: <NotFoundRoute /> },
    ],
  },
]);
