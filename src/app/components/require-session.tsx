import type { ReactNode } from 'react';
import { Navigate, useLocation } from 'react-router';

import { useSession } from '../features/auth/api/session';
import { sessionExpiredMarked } from '../lib/form-draft';
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
    // A request refused for an expired session makes /login say so (it clears the mark).
    const reason = sessionExpiredMarked() ? '&reason=expired' : '';
    return <Navigate to={`/login?next=${encodeURIComponent(next)}${reason}`} replace />;
  }
  return <>{children}</>;
}
