import path from 'node:path';

import Database from 'better-sqlite3';
import { afterAll, beforeAll, expect, it } from 'vitest';

import type { ReportReady, ReportSummary } from '../../shared/contract/reports';
import { type Harness, startHarness } from '../testing/harness';

/** Server-Sent Events over a real socket: what an open report page or kiosk receives. */
let h: Harness;
let base: string;
let cookie: string;
let emu: Database.Database;

beforeAll(async () => {
  h = await startHarness({}, { reportTuning: { scheduler: false } });
  base = await h.app.listen({ host: '127.0.0.1', port: 0 });
  cookie = await h.login('viewer');
  emu = new Database(path.join(h.config.dataDir, 'emulator.sqlite'));
});
afterAll(async () => {
  emu?.close();
  await h?.close();
});

/** Reads `summary` events from a stream as they come. */
async function openStream(query: string) {
  const controller = new AbortController();
  const response = await fetch(`${base}/api/reports/stream?${query}`, {
    headers: { accept: 'text/event-stream', cookie },
    signal: controller.signal,
  });
  expect(response.status).toBe(200);
  expect(response.headers.get('content-type')).toMatch(/text\/event-stream/);
  const reader = response.body!.pipeThrough(new TextDecoderStream()).getReader();
  let buffer = '';
  const next = async (): Promise<ReportSummary> => {
    for (;;) {
      const end = buffer.indexOf('\n\n');
      if (end >= 0) {
        const block = buffer.slice(0, end);
        buffer = buffer.slice(end + 2);
        const lines = block.split('\n');
        if (!lines.includes('event: summary')) continue;
        const data = lines.filter((l) => l.startsWith('data: ')).map((l) => l.slice(6));
        return JSON.parse(data.join('\n')) as ReportSummary;
      }
      const { value, done } = await reader.read();
      if (done) throw new Error('stream ended');
      buffer += value;
    }
  };
  /** The next ready answer that no sync is still refreshing. */
  const nextSettled = async (): Promise<ReportReady> => {
    for (;;) {
      const body = await next();
      if (body.state === 'ready' && !body.refreshing) return body;
    }
  };
  return { next, nextSettled, close: () => controller.abort() };
}

const devices = () =>
  emu.prepare('SELECT id, terminal_id FROM devices ORDER BY id LIMIT 30 OFFSET 40').all() as Array<{
    id: number;
    terminal_id: string;
  }>;

it('pushes fresh figures to every open stream when a sync lands, for the upstream cost of one', async () => {
  const list = devices();
  const to = Date.now() + 3_600_000;
  const q = `ids=${list.map((d) => d.terminal_id).join(',')}&from=${new Date(to - 20 * 86_400_000).toISOString()}&to=${new Date(to).toISOString()}&count=all&pageSize=0`;
  const streams = await Promise.all(Array.from({ length: 20 }, () => openStream(q)));
  try {
    const first = await Promise.all(streams.map((s) => s.nextSettled()));
    expect(new Set(first.map((b) => b.records)).size).toBe(1);

    // A device reports: a new record upstream; the scheduler's round refreshes the watched set once.
    const sent = Date.now() - 1000;
    emu
      .prepare(
        'INSERT INTO reports (device_id, task_id, info_id, status, send_time, date_time) SELECT ?, NULL, MIN(id), 3, ?, ? FROM upgrade_infos',
      )
      .run(list[0]!.id, sent, sent);
    const pagesBefore = h.app.reports.sync.pagesRead;
    await h.app.db.updateTable('report_sets').set({ synced_at: 0 }).execute(); // due now
    await h.app.reports.tick();
    // Twenty viewers, one sync: the pages read are exactly that one refresh's.
    const pages = h.app.reports.sync.pagesRead - pagesBefore;
    const [stats] = [...h.app.reports.sync.stats.values()];
    expect(h.app.reports.sync.stats.size).toBe(1);
    expect(stats).toMatchObject({ kind: 'refresh', pages });

    // Each stream receives the new figures (after any it had queued before the change).
    const after = await Promise.all(
      streams.map(async (s) => {
        for (;;) {
          const body = await s.nextSettled();
          if (body.records !== first[0]!.records) return body;
        }
      }),
    );
    for (const body of after) {
      expect(body.records).toBe(first[0]!.records + 1);
      expect(body.counts.succeeded).toBe(first[0]!.counts.succeeded + 1);
    }
  } finally {
    for (const s of streams) s.close();
  }
});

it('answers plain JSON to a client that does not ask for an event stream', async () => {
  const list = devices();
  const response = await h.request(
    'GET',
    `/api/reports/stream?ids=${list[0]!.terminal_id}&range=30d&pageSize=0`,
    { cookie },
  );
  expect(response.statusCode).toBe(200);
  expect(response.json()).toHaveProperty('state');
});

it('refuses a stream without a session', async () => {
  const response = await fetch(`${base}/api/reports/stream?productKey=a1AssetTrk1&range=24h`, {
    headers: { accept: 'text/event-stream' },
  });
  expect(response.status).toBe(401);
});
