import { Readable } from 'node:stream';

import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';

import { reportStuckQuerySchema, reportStuckSchema } from '../../shared/contract/report-stuck';
import {
  reportExportQuerySchema,
  reportSummaryQuerySchema,
  reportSummarySchema,
} from '../../shared/contract/reports';
import { assertKioskMayView, kioskAggregateOnly } from '../kiosk/kiosk-access';
import { csvChunks } from '../report/csv';

export const reportRoutes: FastifyPluginAsyncZod = async (app) => {
  // The report page and the kiosk both read this one answer, made from the report store; while a
  // first sync runs it answers its progress.
  app.get(
    '/api/reports/summary',
    {
      config: { access: 'kiosk' },
      schema: { querystring: reportSummaryQuerySchema, response: { 200: reportSummarySchema } },
    },
    async (request) => {
      const { page, pageSize, sort, order, stuckHours, show, ...filters } = request.query;
      assertKioskMayView(app, request, filters);
      const paging = { page, pageSize, sort, order, stuckHours, show };
      return app.reports.summary(filters, kioskAggregateOnly(request, paging));
    },
  );

  // The devices behind the kiosk's stuck count, by name: console sessions only (a kiosk stays
  // aggregate-only and links here).
  app.get(
    '/api/reports/stuck',
    {
      config: { access: 'read' },
      schema: { querystring: reportStuckQuerySchema, response: { 200: reportStuckSchema } },
    },
    async (request) => {
      const { stuckHours, page, pageSize, ...filters } = request.query;
      return app.reports.stuck(filters, { stuckHours, page, pageSize });
    },
  );

  // Exactly what the filters select (every page), streamed from the store a batch at a time.
  app.get(
    '/api/reports/export.csv',
    { config: { access: 'read' }, schema: { querystring: reportExportQuerySchema } },
    async (request, reply) => {
      const { sort, order, stuckHours, show, lang, ...filters } = request.query;
      const exported = await app.reports.export(filters, { sort, order, stuckHours, show });
      // 20261122T0803Z: the range in the name, readable and safe in every file system.
      const stamp = (ms: number) =>
        `${new Date(ms).toISOString().slice(0, 16).replace(/[-:]/g, '')}Z`;
      reply
        .header('content-type', 'text/csv; charset=utf-8')
        .header(
          'content-disposition',
          `attachment; filename="upgrade-report-${stamp(exported.from)}-${stamp(exported.to)}.csv"`,
        )
        .header('cache-control', 'no-store');
      return reply.send(Readable.from(csvChunks(exported.batches, lang)));
    },
  );
};
