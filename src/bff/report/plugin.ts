import type { FastifyInstance } from 'fastify';
import fp from 'fastify-plugin';

import type { ReportConfig, ReportSyncConfig } from '../config';
import { IotSources } from './iot-sources';
import { ReportClient } from './report-client';
import { ReportService } from './report-service';
import { IngestThread } from './store/ingest-thread';
import { buildSentIndex } from './store/sent-index';
import { SqlReportStore } from './store/sql-report-store';
import { SetSync, type SetSyncOptions } from './sync/set-sync';
import { unknownIds } from './unknown-ids';

declare module 'fastify' {
  interface FastifyInstance {
    reports: ReportService;
    reportClient: ReportClient;
    reportSources: IotSources;
    /** The thread that writes the report store's records. */
    reportIngest: IngestThread;
  }
}

export interface ReportPluginOptions {
  report: ReportConfig;
  sync: ReportSyncConfig;
  refreshSeconds: number;
  /** Overrides for tests and the bench. */
  tuning?: Partial<Omit<SetSyncOptions, 'store' | 'client' | 'resolveDevices' | 'resolveTyped'>> & {
    waitMs?: number;
    /** Leave the scheduler off (tests drive `app.reports.tick()` themselves). */
    scheduler?: boolean;
  };
}

const DAY = 86_400_000;

/**
 * Decorates `app.reports`: the report store (in `app.db`), the sync that keeps watched device sets
 * fresh (one per set, on a schedule of `refreshSeconds`), and the answers made from the store.
 */
export const reportPlugin = fp(
  async (app: FastifyInstance, options: ReportPluginOptions) => {
    const client = new ReportClient(options.report);
    const sources = new IotSources(app.cloud);
    const retentionMs = options.sync.retentionDays * DAY;
    // Records are written in a thread of their own, so a sync's writes overlap its reading.
    const ingest = new IngestThread(app.dbFile);
    // A BFF stopped during a first sync's load left the records' send-time index out.
    await buildSentIndex(app.db);
    const store = new SqlReportStore(app.db, ingest);
    const { waitMs, scheduler, ...tuning } = options.tuning ?? {};
    const sync = new SetSync({
      store,
      client,
      // Devices come from the cloud's own listings; which terminal each is, the directory says.
      resolveDevices: async (source, onFound, setKey) =>
        app.directory.terminalsOfSet(setKey ?? '', await sources.resolveDevices(source, onFound)),
      resolveTyped: (typed, setKey) =>
        app.directory.typedTerminalsOfSet(setKey, typed, (ids) => unknownIds(client, ids)),
      pageSize: options.report.pageSize ?? 100,
      chunkSize: 500,
      concurrency: 8,
      overlapMs: options.sync.overlapSeconds * 1000,
      resolveEveryMs: 10 * 60_000,
      retentionMs,
      supersededEvery: options.sync.supersededEvery,
      openWindowMs: 7 * DAY,
      ...tuning,
    });
    const service = new ReportService({
      store,
      sync,
      directory: app.directory,
      refreshMs: options.refreshSeconds * 1000,
      retentionMs,
      waitMs,
    });
    app.decorate('reportClient', client);
    app.decorate('reportSources', sources);
    app.decorate('reports', service);
    app.decorate('reportIngest', ingest);
    if (scheduler !== false) app.addHook('onReady', async () => service.start());
    app.addHook('preClose', async () => service.stop());
    app.addHook('onClose', async () => ingest.close());
  },
  { name: 'reports', dependencies: ['db', 'directory'] },
);
