import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';

import { bffErrorCodes } from '../../shared/contract/api-error';
import { sessionUserSchema } from '../../shared/contract/auth';
import {
  kioskConfigSchema,
  type KioskPanel,
  kioskSessionInputSchema,
} from '../../shared/contract/reports';
import { AppError } from '../errors';
import { kioskLinkOf, renewKioskSession } from '../kiosk/kiosk-access';

export interface KioskRouteOptions {
  refreshSeconds: number;
}

const ALL_PRODUCTS_LIMIT = 6;

export const kioskRoutes: FastifyPluginAsyncZod<KioskRouteOptions> = async (app, options) => {
  // The printed link's token becomes a kiosk session (the page then drops it from its URL).
  app.post(
    '/api/kiosk/session',
    {
      config: { access: 'public' },
      schema: { body: kioskSessionInputSchema, response: { 200: sessionUserSchema } },
    },
    async (request) => {
      const link = app.kioskLinks.verify(request.body.token);
      if (!link)
        throw new AppError(
          401,
          bffErrorCodes.invalidKioskLink,
          'This kiosk link is not valid (it may have been revoked)',
        );
      const user = { username: `kiosk:${link.label}`, role: 'kiosk' as const };
      app.signIn(request, { ...user, kioskId: link.id });
      return user;
    },
  );

  // What the screen shows and how often it refreshes.
  app.get(
    '/api/kiosk/config',
    { config: { access: 'kiosk' }, schema: { response: { 200: kioskConfigSchema } } },
    async (request) => {
      renewKioskSession(app, request);
      const link = kioskLinkOf(app, request);
      let panels: KioskPanel[] = link?.panels ?? [];
      if (panels.length === 0) {
        const products = await app.cloud.products(1, ALL_PRODUCTS_LIMIT, { request });
        panels = products.items.map((p) => ({
          title: p.productName,
          productKey: p.productKey,
        }));
      }
      return {
        refreshSeconds: options.refreshSeconds,
        range: '30d' as const,
        panels: panels.map((p) => ({
          ...p,
          title: p.title || p.firmwareId || p.productKey || 'Devices',
        })),
      };
    },
  );
};
