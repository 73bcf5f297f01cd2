import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';

import {
  auditActionsSchema,
  auditFilterSchema,
  auditPageSchema,
  auditQuerySchema,
} from '../../shared/contract/audit';
import { AUDIT_CSV_COLUMNS, auditCsvRow } from '../audit/csv';

/** The most rows one CSV export holds (newest first). */
export const AUDIT_CSV_LIMIT = 100_000;

export const auditRoutes: FastifyPluginAsyncZod = async (app) => {
  app.get(
    '/api/audit',
    {
      config: { access: 'manager' },
      schema: {
        summary: 'Audit trail of state-changing calls, newest first',
        querystring: auditQuerySchema,
        response: { 200: auditPageSchema },
      },
    },
    async (request) => {
      const { page, pageSize, ...filter } = request.query;
      const { items, total } = app.auditStore.search(filter, page, pageSize);
      return { items, total, page, pageSize };
    },
  );

  app.get(
    '/api/audit/actions',
    {
      config: { access: 'manager' },
      schema: {
        summary: 'The actions recorded in the audit trail so far (the Action filter offers these)',
        response: { 200: auditActionsSchema },
      },
    },
    async () => ({ items: app.auditStore.actions() }),
  );

  app.get(
    '/api/audit.csv',
    {
      config: { access: 'manager' },
      schema: {
        summary: 'The filtered audit trail as CSV (newest first)',
        querystring: auditFilterSchema,
        response: { 200: z.string().describe('text/csv') },
      },
    },
    async (request, reply) => {
      const lines = [AUDIT_CSV_COLUMNS.join(',')];
      for (const event of app.auditStore.iterate(request.query, AUDIT_CSV_LIMIT)) {
        lines.push(auditCsvRow(event));
      }
      const stamp = new Date().toISOString().slice(0, 19).replace(/[:T]/g, '-');
      return reply
        .type('text/csv; charset=utf-8')
        .header('content-disposition', `attachment; filename="audit-${stamp}.csv"`)
        .send(`${lines.join('\r\n')}\r\n`);
    },
  );
};
