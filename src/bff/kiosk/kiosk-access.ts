import type { FastifyInstance, FastifyRequest } from 'fastify';

import type { KioskPanel, ParsedReportFilters } from '../../shared/contract/reports';
import { forbidden } from '../errors';

/** Re-sign a kiosk session this often, so a screen that runs for days keeps its session. */
const KIOSK_SESSION_RENEW_MS = 60 * 60 * 1000;

export function kioskLinkOf(app: FastifyInstance, request: FastifyRequest) {
  const kioskId = request.user?.role === 'kiosk' ? request.session.get('user')?.kioskId : undefined;
  return kioskId ? app.kioskLinks.get(kioskId) : null;
}

/** A kiosk session renews itself while its link stays active (revoking still ends it at once). */
export function renewKioskSession(app: FastifyInstance, request: FastifyRequest): void {
  const stored = request.session.get('user');
  if (!stored || stored.role !== 'kiosk' || !stored.kioskId) return;
  if (Date.now() - stored.createdAt < KIOSK_SESSION_RENEW_MS) return;
  app.signIn(request, { username: stored.username, role: 'kiosk', kioskId: stored.kioskId });
}

const samePanel = (panel: KioskPanel, filters: ParsedReportFilters) =>
  (panel.productKey ?? undefined) === (filters.productKey ?? undefined) &&
  (panel.firmwareId ?? undefined) === (filters.firmwareId ?? undefined);

/**
 * A kiosk session may read the report only for its link's panels (a product, or a firmware), never
 * pasted ids or a job. Console users are not limited here.
 */
export function assertKioskMayView(
  app: FastifyInstance,
  request: FastifyRequest,
  filters: ParsedReportFilters,
): void {
  if (request.user?.role !== 'kiosk') return;
  const link = kioskLinkOf(app, request);
  if (!link || filters.ids?.trim() || filters.jobId)
    throw forbidden('A kiosk link shows only its configured products');
  const allowed =
    link.panels.length === 0
      ? Boolean(filters.productKey) && !filters.firmwareId
      : link.panels.some((p) => samePanel(p, filters));
  if (!allowed) throw forbidden('A kiosk link shows only its configured products');
}
