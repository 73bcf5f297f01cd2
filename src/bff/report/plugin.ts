import type { FastifyInstance } from 'fastify';
import fp from 'fastify-plugin';

import type { ReportConfig } from '../config';
import { IotSources } from './iot-sources';
import { ReportClient } from './report-client';
import { ReportService, type ReportServiceOptions } from './report-service';

declare module 'fastify' {
  interface FastifyInstance {
    reports: ReportService;
    reportClient: ReportClient;
    reportSources: IotSources;
  }
}

export interface ReportPluginOptions {
  report: ReportConfig;
  service?: Partial<Omit<ReportServiceOptions, 'client' | 'sources'>>;
}

/** Decorates `app.reportClient` (the report API, token kept here) and `app.reports` (aggregation + cache). */
export const reportPlugin = fp(async (app: FastifyInstance, options: ReportPluginOptions) => {
  const client = new ReportClient(options.report);
  const sources = new IotSources(app.iot);
  app.decorate('reportClient', client);
  app.decorate('reportSources', sources);
  app.decorate(
    'reports',
    new ReportService({
      client,
      sources,
      fetch: { pageSize: options.report.pageSize ?? 100, chunkSize: 200, concurrency: 8 },
      ...options.service,
    }),
  );
  app.addHook('onClose', async () => app.reports.clear());
});
