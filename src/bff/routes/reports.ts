import { Readable } from 'node:stream';

import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';

import {
  reportExportQuerySchema,
  reportOptionListSchema,
  reportSummaryQuerySchema,
  reportSummarySchema,
} from '../../shared/contract/reports';
import { assertKioskMayView, renewKioskSession } from '../kiosk/kiosk-access';
import { sortedRecords } from '../report/aggregate';
import { csvChunks } from '../report/csv';

const upstreamId = z.string().regex(/^[A-Za-z0-9_-]{1,64}$/, 'Invalid id');

export const reportRoutes: FastifyPluginAsyncZod = async (app) => {
  // The report page and the kiosk both read this one answer; polling it shows progress.
  app.get(
    '/api/reports/summary',
    {
      config: { access: 'kiosk' },
      schema: { querystring: reportSummaryQuerySchema, response: { 200: reportSummarySchema } },
    },
    async (request) => {
      const { page, pageSize, sort, order, ...filters } = request.query;
      assertKioskMayView(app, request, filters);
      renewKioskSession(app, request);
      const obtained = await app.reports.obtain(filters);
      if ('progress' in obtained) return { state: 'pending' as const, progress: obtained.progress };
      const ready = app.reports.ready(obtained.dataset, filters, { page, pageSize, sort, order });
      return obtained.refreshing ? { ...ready, refreshing: true } : ready;
    },
  );

  // Exactly what the filters select (every page), streamed.
  app.get(
    '/api/reports/export.csv',
    { config: { access: 'read' }, schema: { querystring: reportExportQuerySchema } },
    async (request, reply) => {
      const { sort, order, ...filters } = request.query;
      const obtained = await app.reports.obtain(filters, Infinity);
      if (!('dataset' in obtained)) throw new Error('export did not finish');
      const { dataset } = obtained;
      // 20261122T0803Z: the range in the name, readable and safe in every file system.
      const stamp = (ms: number) =>
        `${new Date(ms).toISOString().slice(0, 16).replace(/[-:]/g, '')}Z`;
      reply
        .header('content-type', 'text/csv; charset=utf-8')
        .header(
          'content-disposition',
          `attachment; filename="upgrade-report-${stamp(dataset.from)}-${stamp(dataset.to)}.csv"`,
        )
        .header('cache-control', 'no-store');
      return reply.send(
        Readable.from(csvChunks(sortedRecords(dataset, filters.count, sort, order))),
      );
    },
  );

  app.get(
    '/api/reports/firmware',
    {
      config: { access: 'read' },
      schema: {
        querystring: z.object({ productKey: upstreamId }),
        response: { 200: reportOptionListSchema },
      },
    },
    async (request) => app.reportSources.firmwareOptions(request.query.productKey),
  );

  app.get(
    '/api/reports/jobs',
    {
      config: { access: 'read' },
      schema: {
        querystring: z.object({ firmwareId: upstreamId }),
        response: { 200: reportOptionListSchema },
      },
    },
    async (request) => app.reportSources.jobOptions(request.query.firmwareId),
  );
};
