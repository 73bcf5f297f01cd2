import { statSync } from 'node:fs';
import path from 'node:path';

import type { FastifyInstance } from 'fastify';

import { readWindows } from '../../src/bff/report/fetch-records';
import { deviceSetOf } from '../../src/bff/report/sync/set-key';
import { MemorySampler } from './memory';

/** What the report bench asks the BFF process (src/bff/report, called in-process). */
export type ReportBenchRequest =
  | { type: 'report-cold'; id: number; ids: string[]; from: number }
  | { type: 'report-download'; id: number; ids: string[]; from: number; to: number }
  | {
      type: 'report-query';
      id: number;
      ids: string[];
      from: number;
      to: number;
      count: 'all' | 'latest';
    }
  | { type: 'report-refresh'; id: number; ids: string[]; from: number; supersededEvery: number }
  | { type: 'report-pages'; id: number };

const upstreamTime = (ms: number) => new Date(ms).toISOString().slice(0, 19).replace('T', ' ');
const filtersOf = (ids: string[], from: number, to: number, count: 'all' | 'latest' = 'all') => ({
  ids: ids.join(','),
  from: new Date(from).toISOString(),
  to: new Date(to).toISOString(),
  count,
});

function storeBytes(dir: string): number {
  let total = 0;
  for (const name of ['bff.sqlite', 'bff.sqlite-wal']) {
    try {
      total += statSync(path.join(dir, name)).size;
    } catch {
      // no WAL file
    }
  }
  return total;
}

export async function handleReportBench(
  app: FastifyInstance,
  message: ReportBenchRequest,
  dataDir: string,
) {
  const sync = app.reports.sync;
  if (message.type === 'report-pages')
    return { type: 'pages', id: message.id, pages: sync.pagesRead };
  global.gc?.();
  const sampler = new MemorySampler();
  const started = performance.now();
  const done = (extra: object) => ({
    type: message.type,
    id: message.id,
    ms: performance.now() - started,
    ...sampler.stop(),
    ...extra,
  });

  if (message.type === 'report-cold' || message.type === 'report-refresh') {
    const set = deviceSetOf(filtersOf(message.ids, message.from, Date.now()));
    if (message.type === 'report-refresh')
      sync.configure({ supersededEvery: message.supersededEvery });
    await sync.sync(set, message.from).promise;
    const stats = sync.stats.get(set.key)!;
    return done({
      pages: stats.pages,
      records: stats.records,
      windows: stats.windows,
      writeWaitMs: stats.writeWaitMs,
      storeBytes: storeBytes(dataDir),
      storeRecords: await app.reports.recordCount(),
    });
  }
  if (message.type === 'report-download') {
    // The same windows as a first sync (500 ids per query), the same page size and concurrency:
    // only download and JSON-parse, keep nothing.
    const windows = [];
    for (let i = 0; i < message.ids.length; i += 500)
      windows.push({
        ids: message.ids.slice(i, i + 500),
        startTime: upstreamTime(message.from),
        endTime: upstreamTime(message.to),
      });
    let pages = 0;
    await readWindows(app.reportClient, windows, {
      pageSize: sync.currentPageSize,
      concurrency: 8,
      onPage: () => undefined,
      onRequest: () => {
        pages += 1;
      },
    });
    return done({ pages });
  }
  const summary = await app.reports.summary(
    filtersOf(message.ids, message.from, message.to, message.count),
    {
      page: 1,
      pageSize: 25,
      sort: 'sendTime',
      order: 'desc',
    },
  );
  if (summary.state !== 'ready') throw new Error('report not synced');
  return done({
    records: summary.records,
    selected: summary.selected,
    rows: summary.rows.items.length,
  });
}
