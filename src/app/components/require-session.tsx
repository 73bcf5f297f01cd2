import type { ReactNode } from 'react';
import { Navigate, useLocation } from 'react-router';

import { useSession } from '../features/auth/api/session';
import { PageLoader } from './page-loader';
import { QueryError } from './query-error';

/** Renders children for a signed-in console user; otherwise sends them to /login and back. */
export function RequireSession({ children }: { children: ReactNode }) {
  const session = useSession();
  const location = useLocation();
  if (session.isPending) return <PageLoader fullHeight />;
  if (session.isError)
    return <QueryError error={session.error} onRetry={() => void session.refetch()} />;
  if (!session.data || session.data.role === 'kiosk') {
    const next = `${location.pathname}${location.search}`;
    return <Navigate to={`/login?next=${encodeURIComponent(next)}`} replace />;
  }
  return <>{children}</>;
}
