import rateLimit from '@fastify/rate-limit';
import type { FastifyInstance, FastifyRequest } from 'fastify';
import fp from 'fastify-plugin';

import { bffErrorCodes } from '../../shared/contract/api-error';
import { DEFAULT_THROTTLE, LoginThrottle, type ThrottleSettings } from '../auth/login-throttle';
import { AppError } from '../errors';

/**
 * Sign-in limits:
 * - every attempt from one address: `perAddressPerMinute` (@fastify/rate-limit, route config on
 *   the login route), against floods;
 * - failures: growing delays per username + address and per address, and a per-username ceiling
 *   that spaces attempts rather than locking the account (see auth/login-throttle.ts).
 */
export interface LoginLimits {
  perAddressPerMinute: number;
  throttle: ThrottleSettings;
}

export const DEFAULT_LOGIN_LIMITS: LoginLimits = {
  perAddressPerMinute: 60,
  throttle: DEFAULT_THROTTLE,
};

export interface LoginGuard {
  /**
   * Runs one sign-in attempt under the limits. `attempt` answers the signed-in user, or null for
   * a wrong username or password (which counts as a failure). Throws 429, saying how long to
   * wait, while a delay or the username's ceiling holds.
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

export const loginLimitPlugin = fp(
  async (app: FastifyInstance, options: { limits?: Partial<LoginLimits>; now?: () => number }) => {
    const limits = { ...DEFAULT_LOGIN_LIMITS, ...options.limits };
    await app.register(rateLimit, {
      global: false,
      // Rate-limit refusals go through our error handler, in the one JSON error shape.
      errorResponseBuilder: (_request, context) => tooManyAttempts(Math.ceil(context.ttl / 1000)),
    });
    const throttle = new LoginThrottle(limits.throttle, options.now);

    app.decorate('loginGuard', {
      limits,
      async run<T>(
        request: FastifyRequest,
        username: string,
        attempt: () => Promise<T | null>,
      ): Promise<T | null> {
        const verdict = throttle.begin(username, request.ip);
        if (!verdict.ok) {
          request.log.warn({ login: { limited: true } }, 'sign-in attempts limited');
          throw tooManyAttempts(Math.ceil(verdict.waitMs / 1000));
        }
        const result = await attempt();
        if (result !== null) verdict.ticket.succeeded();
        return result;
      },
    });
  },
);
