import bcrypt from 'bcryptjs';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';

import { loginInputSchema, sessionUserSchema } from '../../shared/contract/auth';
import { AppError, unauthenticated } from '../errors';
import type { ConsoleUser } from '../auth/users-file';

// Compared against when the username is unknown, so both paths cost one bcrypt compare.
const DUMMY_HASH = bcrypt.hashSync('not-a-user', 10);

export const authRoutes: FastifyPluginAsyncZod<{ users: ConsoleUser[] }> = async (app, { users }) => {
  app.post(
    '/api/auth/login',
    {
      config: { access: 'public' },
      schema: { body: loginInputSchema, response: { 200: sessionUserSchema } },
    },
    async (request) => {
      const { username, password } = request.body;
      const user = users.find((candidate) => candidate.username === username);
      const ok = await bcrypt.compare(password, user?.passwordHash ?? DUMMY_HASH);
      if (!user || !ok) {
        throw new AppError(401, 'InvalidCredentials', 'Wrong username or password');
      }
      app.signIn(request, { username: user.username, role: user.role });
      return { username: user.username, role: user.role };
    },
  );

  app.post(
    '/api/auth/logout',
    { config: { access: 'public' }, schema: { response: { 204: z.null() } } },
    async (request, reply) => {
      app.signOut(request);
      return reply.status(204).send(null);
    },
  );

  app.get(
    '/api/auth/session',
    { config: { access: 'public' }, schema: { response: { 200: sessionUserSchema } } },
    async (request) => {
      if (!request.user) throw unauthenticated('Not signed in');
      return request.user;
    },
  );
};
