import type { FastifyInstance, FastifyRequest } from 'fastify';

import type { KioskPanel } from '../../shared/contract/kiosk';
import type { ParsedReportFilters } from '../../shared/contract/reports';
import { forbidden } from '../errors';

export function kioskLinkOf(app: FastifyInstance, request: FastifyRequest) {
  const kioskId = request.user?.role === 'kiosk' ? request.session.get('user')?.kioskId : undefined;
  return kioskId ? app.kioskLinks.get(kioskId) : null;
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

/**
 * The rows a caller may see: a kiosk gets aggregates only (no terminal ids, device numbers or
 * package URLs), whatever page size it asks for.
 */
export function kioskAggregateOnly<T extends { pageSize: number }>(
  request: FastifyRequest,
  paging: T,
): T {
  return request.user?.role === 'kiosk' ? { ...paging, pageSize: 0 } : paging;
}
