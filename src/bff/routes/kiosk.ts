import type { FastifyReply, FastifyRequest } from 'fastify';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';

import { sessionUserSchema } from '../../shared/contract/auth';
import {
  kioskConfigSchema,
  kioskErrorCodes,
  kioskSessionInputSchema,
} from '../../shared/contract/kiosk';
import { AppError } from '../errors';
import { kioskLinkOf } from '../kiosk/kiosk-access';
import { KioskPanels } from '../kiosk/kiosk-panels';
import { isLocalHost } from '../plugins/auth';

export interface KioskRouteOptions {
  refreshSeconds: number;
}

/**
 * The screen's copy of its link: an HttpOnly cookie sent only to the token exchange, so the
 * screen can set up a new session by itself when one lapses, without the token in the address
 * bar, in script reach or in any other request.
 */
export const KIOSK_LINK_COOKIE = 'ota_kiosk_link';
const KIOSK_SESSION_PATH = '/api/kiosk/session';
/** The longest a browser keeps a cookie (Chromium caps at 400 days); revoking ends it sooner. */
const LINK_COOKIE_MAX_AGE_S = 400 * 86_400;

function linkCookie(request: FastifyRequest) {
  return {
    path: KIOSK_SESSION_PATH,
    httpOnly: true,
    sameSite: 'strict' as const,
    secure: request.protocol === 'https' || !isLocalHost(request),
  };
}

function refuse(reply: FastifyReply, request: FastifyRequest, code: string, message: string) {
  reply.clearCookie(KIOSK_LINK_COOKIE, linkCookie(request));
  return new AppError(401, code, message);
}

export const kioskRoutes: FastifyPluginAsyncZod<KioskRouteOptions> = async (app, options) => {
  const panels = new KioskPanels(app);

  // The link's token (from the printed link, or from the screen's link cookie) becomes a kiosk
  // session. The page drops the token from its address before it asks.
  app.post(
    KIOSK_SESSION_PATH,
    {
      config: { access: 'public' },
      schema: { body: kioskSessionInputSchema, response: { 200: sessionUserSchema } },
    },
    async (request, reply) => {
      const token = request.body.token ?? request.cookies[KIOSK_LINK_COOKIE];
      if (!token)
        throw refuse(reply, request, kioskErrorCodes.invalid, 'Open the kiosk link on this screen');
      const link = app.kioskLinks.find(token);
      if (!link)
        throw refuse(reply, request, kioskErrorCodes.invalid, 'This kiosk link is not valid');
      if (link.revokedAt)
        throw refuse(reply, request, kioskErrorCodes.revoked, 'This kiosk link was revoked');
      const user = { username: `kiosk:${link.label}`, role: 'kiosk' as const };
      app.signIn(request, { ...user, kioskId: link.id });
      reply.setCookie(KIOSK_LINK_COOKIE, token, {
        ...linkCookie(request),
        maxAge: LINK_COOKIE_MAX_AGE_S,
      });
      return user;
    },
  );

  // What the screen shows and how. The screen asks every refresh: it is also how a revoked link or
  // a lapsed session is noticed when figures arrive by push.
  app.get(
    '/api/kiosk/config',
    { config: { access: 'kiosk' }, schema: { response: { 200: kioskConfigSchema } } },
    async (request) => {
      const link = kioskLinkOf(app, request);
      const settings = link?.settings ?? app.kioskLinks.defaults();
      return {
        label: link?.label ?? 'Kiosk',
        refreshSeconds: options.refreshSeconds,
        ...settings,
        panels: await panels.of(link, request),
      };
    },
  );
};
