import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';

import { preferencesSchema, preferencesUpdateSchema } from '../../shared/contract/preferences';

/**
 * The signed-in user's own settings. `read` access: every console user (managers and viewers)
 * keeps their own; a kiosk has none (its link carries its zone and language) and gets 403.
 * Not audited: a setting changes only how the console shows things to its user.
 */
export const preferencesRoutes: FastifyPluginAsyncZod = async (app) => {
  app.get(
    '/api/me/preferences',
    { config: { access: 'read' }, schema: { response: { 200: preferencesSchema } } },
    async (request) => app.preferences.get(request.user!.username),
  );

  app.put(
    '/api/me/preferences',
    {
      config: { access: 'read' },
      schema: { body: preferencesUpdateSchema, response: { 200: preferencesSchema } },
    },
    async (request) => app.preferences.update(request.user!.username, request.body, new Date()),
  );
};
