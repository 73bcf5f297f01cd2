import secureSession from '@fastify/secure-session';
import type { FastifyInstance, FastifyRequest } from 'fastify';
import fp from 'fastify-plugin';

import type { Role, SessionUser } from '../../shared/contract/auth';
import type { UsersSource } from '../auth/users-source';
import { forbidden, unauthenticated } from '../errors';
import { ConsoleSessions, type SessionLimits } from '../sessions/console-sessions';
import { SqlSessionStore } from '../sessions/session-store';

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

/** The defaults of SESSION_IDLE_MINUTES and SESSION_MAX_HOURS. */
export const SESSION_IDLE_MS = 30 * 60 * 1000;
export const SESSION_ABSOLUTE_MS = 12 * 60 * 60 * 1000;
/** A kiosk session's idle timer is refreshed at most this often (its cookie is re-sent then). */
const REFRESH_EVERY_MS = 60_000;
/** Ended sessions' rows are swept this often (a check on every request ends them anyway). */
const PURGE_EVERY_MS = 10 * 60_000;
export const SESSION_COOKIE = 'ota_session';

/** A kiosk session, carried whole in the encrypted cookie (the kiosk link is its revocation). */
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
    /** Kiosk sessions only. */
    user: StoredSession;
    /** A console session's id; the session itself lives on the server (ConsoleSessions). */
    sid: string;
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
    /**
     * Starts a session: a console user's on the server (the cookie carries its id), a kiosk's in
     * the cookie. The kiosk part is synchronous.
     */
    signIn(request: FastifyRequest, user: SessionUser & { kioskId?: string }): Promise<void>;
    /** Ends the request's session on the server and clears the cookie. */
    signOut(request: FastifyRequest): Promise<void>;
    consoleSessions: ConsoleSessions;
    /** The console users as they are now (CONSOLE_USERS_FILE is re-read when it changes). */
    consoleUsers: UsersSource;
    /** Every route registered after the auth plugin, with its declared access. */
    routeCatalog: RouteEntry[];
  }
}

export interface AuthPluginOptions {
  sessionKey: Buffer;
  users: UsersSource;
  limits: SessionLimits;
  /** Resolves whether a kiosk link is still valid (revocation takes effect on the next request). */
  isKioskLinkActive?: (id: string) => boolean;
}

const LOOPBACK = /^(localhost|127(?:\.\d{1,3}){3}|\[::1\]|::1|[\w.-]+\.localhost)$/i;

/** Plain http is tolerated on the machine itself only; anywhere else the cookie is Secure. */
export function isLocalHost(request: FastifyRequest): boolean {
  return LOOPBACK.test(request.hostname);
}

function cookieOptions(request: FastifyRequest, maxMs: number) {
  return {
    path: '/',
    httpOnly: true,
    sameSite: 'strict' as const,
    secure: request.protocol === 'https' || !isLocalHost(request),
    maxAge: Math.floor(maxMs / 1000),
  };
}

/** The access a request needs, from its matched route (raw URL tricks cannot change it). */
function accessFor(request: FastifyRequest): Access {
  const route = request.routeOptions.url;
  if (!route || !route.startsWith('/api/')) return 'public';
  return request.routeOptions.config.access ?? 'write';
}

export const authPlugin = fp(async (app: FastifyInstance, options: AuthPluginOptions) => {
  const { limits } = options;
  await app.register(secureSession, {
    key: options.sessionKey,
    cookieName: SESSION_COOKIE,
    // The encryption layer's own limit; the idle/absolute rules below are stricter.
    expiry: Math.floor(limits.maxMs / 1000),
    cookie: { path: '/', httpOnly: true, sameSite: 'strict' },
  });

  const sessions = new ConsoleSessions(new SqlSessionStore(app.db), options.users, limits);
  app.decorate('consoleSessions', sessions);
  app.decorate('consoleUsers', options.users);
  const purge = () =>
    sessions.purgeExpired().catch((error: unknown) => {
      app.log.error({ err: error }, 'sweeping ended sessions failed');
    });
  const sweeper = setInterval(purge, PURGE_EVERY_MS);
  sweeper.unref();
  app.addHook('onReady', async () => {
    await purge();
  });
  app.addHook('onClose', async () => clearInterval(sweeper));

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

  app.decorate(
    'signIn',
    async (request: FastifyRequest, user: SessionUser & { kioskId?: string }) => {
      // A new session replaces whatever this browser had (no fixation, no mixed kiosk/console).
      const previous = request.session.get('sid');
      request.session.regenerate();
      request.session.options(cookieOptions(request, limits.maxMs));
      request.user = { username: user.username, role: user.role };
      const ending = (previous ? sessions.end(previous) : Promise.resolve()).catch(
        (error: unknown) => request.log.error({ err: error }, 'ending the previous session failed'),
      );
      if (user.kioskId !== undefined) {
        const now = Date.now();
        request.session.set('user', { ...user, createdAt: now, seenAt: now });
        return ending;
      }
      await ending;
      request.session.set('sid', await sessions.open(user.username));
    },
  );

  app.decorate('signOut', async (request: FastifyRequest) => {
    const sid = request.session.get('sid');
    request.session.delete();
    request.user = null;
    if (sid) await sessions.end(sid);
  });

  /** A kiosk session from its cookie: within the limits and its link still active. */
  function kioskUser(request: FastifyRequest, stored: StoredSession): SessionUser | null {
    const now = Date.now();
    const expired =
      typeof stored.createdAt !== 'number' ||
      typeof stored.seenAt !== 'number' ||
      now - stored.createdAt > limits.maxMs ||
      now - stored.seenAt > limits.idleMs;
    const revoked =
      stored.kioskId !== undefined && !(options.isKioskLinkActive?.(stored.kioskId) ?? false);
    // Console sessions are never honoured from a cookie alone (only an older BFF wrote those).
    if (expired || revoked || stored.role !== 'kiosk') return null;
    if (now - stored.seenAt > REFRESH_EVERY_MS) {
      request.session.set('user', { ...stored, seenAt: now });
      request.session.options(cookieOptions(request, limits.maxMs));
    }
    return { username: stored.username, role: stored.role };
  }

  app.addHook('onRequest', async (request) => {
    request.upstreamRequestIds = [];
    // Only the API reads who is signed in; static files never cost a session lookup.
    if (request.routeOptions.url?.startsWith('/api/')) {
      const sid = request.session.get('sid');
      const stored = request.session.get('user');
      const user = sid ? await sessions.resolve(sid) : stored ? kioskUser(request, stored) : null;
      if (user) request.user = user;
      else if (sid || stored) request.session.delete();
    }

    const access = accessFor(request);
    if (access === 'public') return;
    if (!request.user) throw unauthenticated();
    if (!ALLOWED_ROLES[access].includes(request.user.role)) throw forbidden();
  });
});
