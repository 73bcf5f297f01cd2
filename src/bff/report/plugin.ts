import type { FastifyInstance } from 'fastify';
import fp from 'fastify-plugin';

import type { ReportConfig } from '../config';
import { ReportClient } from './report-client';
import { ReportService, type ReportServiceOptions } from './report-service';

declare module 'fastify' {
  interface FastifyInstance {
    reports: ReportService;
    reportClient: ReportClient;
  }
}

export interface ReportPluginOptions {
  report: ReportConfig;
  service?: Partial<Omit<ReportServiceOptions, 'client' | 'iot'>>;
}

/** Decorates `app.reportClient` (the report API, token kept here) and `app.reports` (aggregation + cache). */
export const reportPlugin = fp(
  async (app: FastifyInstance, options: ReportPluginOptions) => {
    const client = new ReportClient(options.report);
    app.decorate('reportClient', client);
    app.decorate(
      'reports',
      new ReportService({
        client,
        iot: app.iot,
        fetch: { pageSize: 100, chunkSize: 200, concurrency: 8 },
        ...options.service,
      }),
    );
    app.addHook('onClose', async () => app.reports.clear());
  },
  { dependencies: [] },
);
