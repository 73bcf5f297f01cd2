import path from 'node:path';

import Database from 'better-sqlite3';

import { Child } from '../lib/children';
import { type Spread, spread } from '../lib/stats';

export interface ReportSizeRow {
  runs: number;
  devices: number;
  records: number;
  ms: Spread;
  /** Peak heap used above the heap before the query. */
  heapGrowth: Spread;
  peakRss: Spread;
  msPerMillionRecords: Spread;
}

export interface ReportResult {
  rows: ReportSizeRow[];
  /** Exponent k of time ∝ records^k between the smallest and largest size (1 = linear). */
  timeExponent: number;
  memoryExponent: number;
}

interface ReportReply {
  ms: number;
  records: number;
  baseHeap: number;
  peakHeap: number;
  peakRss: number;
}

/**
 * Time from asking the BFF's report service for a distribution (every record of N devices over
 * 31 days) to having it: fetching every page from the emulator's report API over HTTP, then
 * counting. A fresh BFF process per size; the BFF samples its own memory every 10 ms.
 */
export async function measureReport(
  emulatorUrl: string,
  emulatorDataDir: string,
  bffDataDir: string,
  plan: Array<{ devices: number; runs: number; timeBoxMs: number }>,
  log: (line: string) => void,
): Promise<ReportResult> {
  const db = new Database(path.join(emulatorDataDir, 'emulator.sqlite'), { readonly: true });
  const maxDevices = Math.max(...plan.map((p) => p.devices));
  const ids = (
    db.prepare('SELECT terminal_id FROM devices ORDER BY id LIMIT ?').all(maxDevices) as Array<{
      terminal_id: string;
    }>
  ).map((row) => row.terminal_id);
  const anchor = Number(
    (db.prepare("SELECT value FROM meta WHERE key = 'anchor'").get() as { value: string }).value,
  );
  db.close();
  const to = Math.floor(anchor / 1000) * 1000 + 1000;
  const from = to - 31 * 86_400_000;

  const rows: ReportSizeRow[] = [];
  for (const { devices, runs, timeBoxMs } of plan) {
    const bff = await Child.start('bff', { dataDir: bffDataDir, emulatorUrl });
    const replies: ReportReply[] = [];
    try {
      // Repeats up to `runs` times while the size's time box lasts (the first run always counts).
      const sizeStarted = Date.now();
      for (let i = 0; i < runs && (i === 0 || Date.now() - sizeStarted < timeBoxMs); i++) {
        const reply = await bff.ask<ReportReply>({
          type: 'report',
          ids: ids.slice(0, devices),
          from,
          to,
        });
        replies.push(reply);
        log(
          `  ${devices} devices: ${reply.records} records in ${Math.round(reply.ms)} ms, heap +${Math.round((reply.peakHeap - reply.baseHeap) / 1048576)} MB, peak RSS ${Math.round(reply.peakRss / 1048576)} MB`,
        );
      }
    } finally {
      await bff.stop();
    }
    rows.push({
      runs: replies.length,
      devices,
      records: replies[0]!.records,
      ms: spread(replies.map((r) => r.ms)),
      heapGrowth: spread(replies.map((r) => r.peakHeap - r.baseHeap)),
      peakRss: spread(replies.map((r) => r.peakRss)),
      msPerMillionRecords: spread(replies.map((r) => (r.ms / r.records) * 1e6)),
    });
  }
  const first = rows[0]!;
  const last = rows[rows.length - 1]!;
  const exponent = (a: number, b: number) =>
    Math.log(b / a) / Math.log(last.records / first.records);
  return {
    rows,
    timeExponent: exponent(first.ms.median, last.ms.median),
    memoryExponent: exponent(first.heapGrowth.median, last.heapGrowth.median),
  };
}
