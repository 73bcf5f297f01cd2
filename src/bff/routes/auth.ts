import bcrypt from 'bcryptjs';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';

import { bffErrorCodes } from '../../shared/contract/api-error';
import { loginInputSchema, sessionUserSchema } from '../../shared/contract/auth';
import { AppError, unauthenticated } from '../errors';

// Compared against when the username is unknown, so both paths cost one bcrypt compare.
const DUMMY_HASH = bcrypt.hashSync('not-a-user', 10);

export const authRoutes: FastifyPluginAsyncZod = async (app) => {
  app.post(
    '/api/auth/login',
    {
      config: {
        access: 'public',
        audit: 'SignIn',
        auditBody: false,
        // Every attempt from one address; failures slow down per user and address: see loginGuard.
        rateLimit: { max: app.loginGuard.limits.perAddressPerMinute, timeWindow: 60_000 },
      },
      schema: {
        summary: 'Sign in; sets the session cookie',
        body: loginInputSchema,
        response: { 200: sessionUserSchema },
      },
    },
    async (request) => {
      const { username, password } = request.body;
      const user = app.consoleUsers.find(username);
      request.auditActor = user
        ? { username: user.username, role: user.role }
        : { username: '(unknown user)', role: '-' };
      const signedIn = await app.loginGuard.run(request, username, async () => {
        const ok = await bcrypt.compare(password, user?.passwordHash ?? DUMMY_HASH);
        return user && ok ? { username: user.username, role: user.role } : null;
      });
      if (!signedIn) {
        request.log.info({ login: { ok: false } }, 'sign-in refused');
        throw new AppError(401, bffErrorCodes.invalidCredentials, 'Wrong username or password');
      }
      await app.signIn(request, signedIn);
      request.log.info({ login: { ok: true, username: signedIn.username } }, 'signed in');
      return signedIn;
    },
  );

  app.post(
    '/api/auth/logout',
    {
      config: { access: 'public', audit: 'SignOut' },
      schema: {
        summary:
          'Sign out; ends the session on the server and clears the cookie (401 when there was no session)',
        response: { 204: z.null() },
      },
    },
    async (request, reply) => {
      const user = request.user;
      // Ends the session on the server (a kept copy of the cookie is worthless from now on) and
      // clears the cookie; without a session the answer is 401 like every /api route.
      await app.signOut(request);
      if (!user) throw unauthenticated('Not signed in');
      request.auditActor = user;
      request.log.info({ logout: { username: user.username } }, 'signed out');
      return reply.status(204).send(null);
    },
  );

  app.get(
    '/api/auth/session',
    {
      config: { access: 'public' },
      schema: { summary: 'Who is signed in', response: { 200: sessionUserSchema } },
    },
    async (request) => {
      if (!request.user) throw unauthenticated('Not signed in');
      return request.user;
    },
  );
};
