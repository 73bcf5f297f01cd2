import secureSession from '@fastify/secure-session';
import type { FastifyInstance, FastifyRequest } from 'fastify';
import fp from 'fastify-plugin';

import type { Role, SessionUser } from '../../shared/contract/auth';
import { forbidden, unauthenticated } from '../errors';

/**
 * Who may call a route. Every `/api` route declares one in `config.access`; a route that does not
 * is treated as `write` (deny by default).
 * - public:  anyone, no session (login, health, OpenAPI)
 * - read:    manager or viewer
 * - write:   manager (state-changing routes)
 * - manager: manager (manager-only reads, e.g. the audit trail)
 * - kiosk:   a kiosk link, or any signed-in console user
 */
export type Access = 'public' | 'read' | 'write' | 'manager' | 'kiosk';

export const ALLOWED_ROLES: Record<Exclude<Access, 'public'>, readonly Role[]> = {
  read: ['manager', 'viewer'],
  write: ['manager'],
  manager: ['manager'],
  kiosk: ['manager', 'viewer', 'kiosk'],
};

export const SESSION_IDLE_MS = 30 * 60 * 1000;
export const SESSION_ABSOLUTE_MS = 12 * 60 * 60 * 1000;
/** The idle timer is refreshed at most this often, so most responses carry no new cookie. */
const REFRESH_EVERY_MS = 60_000;
export const SESSION_COOKIE = 'ota_session';

export interface StoredSession extends SessionUser {
  createdAt: number;
  seenAt: number;
  kioskId?: string;
}

/** One route as declared, for the role matrix, the fuzz test and the audit plugin. */
export interface RouteEntry {
  method: string;
  url: string;
  access: Access;
  /** False when the route left `config.access` out (and is treated as `write`). */
  declared: boolean;
  audit?: string;
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
    /** False: keep the body out of the audit trail (sign-in: what was typed may be a password). */
    auditBody?: false;
  }
  interface FastifyRequest {
    user: SessionUser | null;
    upstreamRequestIds: string[];
  }
  interface FastifyInstance {
    signIn(request: FastifyRequest, user: SessionUser & { kioskId?: string }): void;
    signOut(request: FastifyRequest): void;
    /** Every route registered after the auth plugin, with its declared access. */
    routeCatalog: RouteEntry[];
  }
}

export interface AuthPluginOptions {
  sessionKey: Buffer;
  /** Resolves whether a kiosk link is still valid (revocation takes effect on the next request). */
  isKioskLinkActive?: (id: string) => boolean;
}

const LOOPBACK = /^(localhost|127(?:\.\d{1,3}){3}|\[::1\]|::1|[\w.-]+\.localhost)$/i;

/** Plain http is tolerated on the machine itself only; anywhere else the cookie is Secure. */
export function isLocalHost(request: FastifyRequest): boolean {
  return LOOPBACK.test(request.hostname);
}

function cookieOptions(request: FastifyRequest) {
  return {
    path: '/',
    httpOnly: true,
    sameSite: 'strict' as const,
    secure: request.protocol === 'https' || !isLocalHost(request),
    maxAge: SESSION_ABSOLUTE_MS / 1000,
  };
}

/** The access a request needs, from its matched route (raw URL tricks cannot change it). */
function accessFor(request: FastifyRequest): Access {
  const route = request.routeOptions.url;
  if (!route || !route.startsWith('/api/')) return 'public';
  return request.routeOptions.config.access ?? 'write';
}

export const authPlugin = fp(async (app: FastifyInstance, options: AuthPluginOptions) => {
  await app.register(secureSession, {
    key: options.sessionKey,
    cookieName: SESSION_COOKIE,
    // The encryption layer's own limit; the idle/absolute rules below are stricter.
    expiry: SESSION_ABSOLUTE_MS / 1000,
    cookie: { path: '/', httpOnly: true, sameSite: 'strict' },
  });

  app.decorate('routeCatalog', [] as RouteEntry[]);
  app.addHook('onRoute', (route) => {
    const methods = Array.isArray(route.method) ? route.method : [route.method];
    for (const method of methods) {
      if (method === 'HEAD' && route.url.startsWith('/api/') && methods.length === 1) continue;
      app.routeCatalog.push({
        method,
        url: route.url,
        access: route.config?.access ?? 'write',
        declared: route.config?.access !== undefined,
        audit: route.config?.audit,
      });
    }
  });

  app.decorateRequest('user', null);
  app.decorateRequest('upstreamRequestIds', null as unknown as string[]);

  app.decorate('signIn', (request: FastifyRequest, user: SessionUser & { kioskId?: string }) => {
    const now = Date.now();
    request.session.set('user', { ...user, createdAt: now, seenAt: now });
    request.session.options(cookieOptions(request));
    request.user = { username: user.username, role: user.role };
  });

  app.decorate('signOut', (request: FastifyRequest) => {
    request.session.delete();
    request.user = null;
  });

  app.addHook('onRequest', async (request) => {
    request.upstreamRequestIds = [];
    const stored = request.session.get('user');
    if (stored) {
      const now = Date.now();
      const expired =
        typeof stored.createdAt !== 'number' ||
        typeof stored.seenAt !== 'number' ||
        now - stored.createdAt > SESSION_ABSOLUTE_MS ||
        now - stored.seenAt > SESSION_IDLE_MS;
      const revoked =
        stored.kioskId !== undefined && !(options.isKioskLinkActive?.(stored.kioskId) ?? false);
      if (expired || revoked) {
        request.session.delete();
      } else {
        request.user = { username: stored.username, role: stored.role };
        if (now - stored.seenAt > REFRESH_EVERY_MS) {
          request.session.set('user', { ...stored, seenAt: now });
          request.session.options(cookieOptions(request));
        }
      }
    }

    const access = accessFor(request);
    if (access === 'public') return;
    if (!request.user) throw unauthenticated();
    if (!ALLOWED_ROLES[access].includes(request.user.role)) throw forbidden();
  });
});
