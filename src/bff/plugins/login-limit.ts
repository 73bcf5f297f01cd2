import rateLimit from '@fastify/rate-limit';
import type { FastifyInstance, FastifyRequest } from 'fastify';
import fp from 'fastify-plugin';

import { bffErrorCodes } from '../../shared/contract/api-error';
import { AppError } from '../errors';

/**
 * Login throttling with @fastify/rate-limit:
 * - every attempt from one address: `perAddress` per minute (route config on the login route);
 * - failed attempts per username and per address: `failuresPerUser` / `failuresPerAddress` per
 *   window. Only failures count, so a team signing in often is never locked out, and attempts for
 *   one username run one at a time so a parallel burst cannot slip past the count.
 */
export interface LoginLimits {
  perAddressPerMinute: number;
  failuresPerUser: number;
  failuresPerAddress: number;
  failureWindowMs: number;
}

export const DEFAULT_LOGIN_LIMITS: LoginLimits = {
  perAddressPerMinute: 60,
  failuresPerUser: 10,
  failuresPerAddress: 30,
  failureWindowMs: 15 * 60 * 1000,
};

interface LimitResult {
  isExceeded?: boolean;
  remaining?: number;
  ttlInSeconds?: number;
}
type Limiter = (request: FastifyRequest, options?: { increment?: boolean }) => Promise<LimitResult>;

export interface LoginGuard {
  /**
   * Runs one sign-in attempt under the limits. `attempt` answers the signed-in user, or null for
   * a wrong username or password (which counts as a failure). Throws 429 when over a limit.
   */
  run<T>(
    request: FastifyRequest,
    username: string,
    attempt: () => Promise<T | null>,
  ): Promise<T | null>;
  readonly limits: LoginLimits;
}

declare module 'fastify' {
  interface FastifyInstance {
    loginGuard: LoginGuard;
  }
}

/** "about 15 minutes", "about a minute", "a few seconds": how long the person will wait. */
export function waitInWords(seconds: number): string {
  if (seconds < 45) return 'a few seconds';
  const minutes = Math.round(seconds / 60);
  return minutes <= 1 ? 'about a minute' : `about ${minutes} minutes`;
}

export function tooManyAttempts(retryAfterSeconds: number) {
  const seconds = Math.max(1, retryAfterSeconds);
  return new AppError(
    429,
    bffErrorCodes.rateLimited,
    `Too many sign-in attempts; try again in ${waitInWords(seconds)}`,
    { retryAfterSeconds: seconds },
  );
}

const normalise = (username: string) => username.trim().toLowerCase().slice(0, 128);

export const loginLimitPlugin = fp(
  async (app: FastifyInstance, options: { limits?: Partial<LoginLimits> }) => {
    const limits = { ...DEFAULT_LOGIN_LIMITS, ...options.limits };
    await app.register(rateLimit, {
      global: false,
      // Rate-limit refusals go through our error handler, in the one JSON error shape.
      errorResponseBuilder: (_request, context) => tooManyAttempts(Math.ceil(context.ttl / 1000)),
    });

    const create = (app as unknown as { createRateLimit(o: object): Limiter }).createRateLimit;
    const pending = new Map<string, Promise<unknown>>();
    const userKey = (request: FastifyRequest) =>
      `login-user:${normalise(String((request.body as { username?: unknown })?.username ?? ''))}`;
    const byUser = create({
      max: limits.failuresPerUser,
      timeWindow: limits.failureWindowMs,
      keyGenerator: userKey,
    });
    const byAddress = create({
      max: limits.failuresPerAddress,
      timeWindow: limits.failureWindowMs,
      keyGenerator: (request: FastifyRequest) => `login-address:${request.ip}`,
    });

    const full = (result: LimitResult) => result.isExceeded === true || result.remaining === 0;

    async function runOne<T>(
      request: FastifyRequest,
      attempt: () => Promise<T | null>,
    ): Promise<T | null> {
      const [user, address] = await Promise.all([
        byUser(request, { increment: false }),
        byAddress(request, { increment: false }),
      ]);
      if (full(user) || full(address)) {
        const wait = Math.max(user.ttlInSeconds ?? 0, address.ttlInSeconds ?? 0);
        request.log.warn({ login: { limited: true } }, 'sign-in attempts limited');
        throw tooManyAttempts(wait);
      }
      const result = await attempt();
      if (result === null) await Promise.all([byUser(request), byAddress(request)]);
      return result;
    }

    app.decorate('loginGuard', {
      limits,
      async run<T>(
        request: FastifyRequest,
        username: string,
        attempt: () => Promise<T | null>,
      ): Promise<T | null> {
        const key = normalise(username);
        const previous = pending.get(key) ?? Promise.resolve();
        const mine = previous.catch(() => undefined).then(() => runOne(request, attempt));
        const settled = mine.catch(() => undefined);
        pending.set(key, settled);
        try {
          return await mine;
        } finally {
          if (pending.get(key) === settled) pending.delete(key);
        }
      },
    });
  },
);
