import secureSession from '@fastify/secure-session';
import type { FastifyInstance, FastifyRequest } from 'fastify';
import fp from 'fastify-plugin';

import type { Role, SessionUser } from '../../shared/contract/auth';
import { forbidden, unauthenticated } from '../errors';

/**
 * Who may call a route. Every `/api` route declares one in `config.access`; a route that does not
 * is treated as `write` (deny by default).
 * - public: anyone, no session (login, health, OpenAPI)
 * - read:   manager or viewer
 * - write:  manager
 * - kiosk:  a kiosk link, or any signed-in console user
 */
export type Access = 'public' | 'read' | 'write' | 'kiosk';

const ALLOWED: Record<Exclude<Access, 'public'>, readonly Role[]> = {
  read: ['manager', 'viewer'],
  write: ['manager'],
  kiosk: ['manager', 'viewer', 'kiosk'],
};

export const SESSION_IDLE_MS = 30 * 60 * 1000;
export const SESSION_ABSOLUTE_MS = 12 * 60 * 60 * 1000;

interface StoredSession extends SessionUser {
  createdAt: number;
  seenAt: number;
  kioskId?: string;
}

declare module '@fastify/secure-session' {
  interface SessionData {
    user: StoredSession;
  }
}

declare module 'fastify' {
  interface FastifyContextConfig {
    access?: Access;
    /** Set on state-changing routes: the action name recorded in the audit trail. */
    audit?: string;
  }
  interface FastifyRequest {
    user: SessionUser | null;
    upstreamRequestIds: string[];
  }
  interface FastifyInstance {
    signIn(request: FastifyRequest, user: SessionUser & { kioskId?: string }): void;
    signOut(request: FastifyRequest): void;
  }
}

export interface AuthPluginOptions {
  sessionKey: Buffer;
  /** Resolves whether a kiosk link is still valid (revocation takes effect on the next request). */
  isKioskLinkActive?: (id: string) => boolean;
}

function isSecureRequest(request: FastifyRequest): boolean {
  return request.protocol === 'https';
}

export const authPlugin = fp(async (app: FastifyInstance, options: AuthPluginOptions) => {
  await app.register(secureSession, {
    key: options.sessionKey,
    cookieName: 'ota_session',
    cookie: { path: '/', httpOnly: true, sameSite: 'strict' },
  });

  app.decorateRequest('user', null);
  app.decorateRequest('upstreamRequestIds', null as unknown as string[]);
  app.addHook('onRequest', async (request) => {
    request.upstreamRequestIds = [];
  });

  app.decorate('signIn', (request: FastifyRequest, user: SessionUser & { kioskId?: string }) => {
    const now = Date.now();
    request.session.set('user', { ...user, createdAt: now, seenAt: now });
    request.session.options({
      path: '/',
      httpOnly: true,
      sameSite: 'strict',
      secure: isSecureRequest(request),
      maxAge: SESSION_ABSOLUTE_MS / 1000,
    });
    request.user = { username: user.username, role: user.role };
  });

  app.decorate('signOut', (request: FastifyRequest) => {
    request.session.delete();
    request.user = null;
  });

  app.addHook('onRequest', async (request) => {
    const stored = request.session.get('user');
    if (!stored) return;
    const now = Date.now();
    const expired = now - stored.createdAt > SESSION_ABSOLUTE_MS || now - stored.seenAt > SESSION_IDLE_MS;
    const revoked = stored.kioskId !== undefined && !(options.isKioskLinkActive?.(stored.kioskId) ?? false);
    if (expired || revoked) {
      request.session.delete();
      return;
    }
    request.user = { username: stored.username, role: stored.role };
    // Refresh the idle timer at most once a minute, so most responses carry no new cookie.
    if (now - stored.seenAt > 60_000) request.session.set('user', { ...stored, seenAt: now });
  });

  app.addHook('preHandler', async (request) => {
    if (!request.url.startsWith('/api/')) return;
    const access = request.routeOptions.config.access ?? 'write';
    if (access === 'public') return;
    if (!request.user) throw unauthenticated();
    if (!ALLOWED[access].includes(request.user.role)) throw forbidden();
  });
});
