/**
 * The report store's ingest thread (started by ingest-thread.ts): owns a write connection to the
 * store and keeps the batches it is sent, one transaction each, so the BFF's own thread goes on
 * reading pages (and answering requests) while records are written.
 */
import { parentPort, workerData } from 'node:worker_threads';

import { sql } from 'kysely';

import { openDatabase } from '../../db/open-database';
import { upsertRecords } from './ingest';
import { decodeRecords, type RecordBatch } from './record-batch';
import { RowIds } from './row-ids';
import { buildSentIndex, dropSentIndex } from './sent-index';

export type IngestRequest =
  | { type: 'upsert'; id: number; batch: RecordBatch }
  /** Drops the send-time index for a bulk load (`build`: false) or builds it again (true). */
  | { type: 'sentIndex'; id: number; build: boolean }
  | { type: 'close' };
export type IngestReply = { id: number; error?: string };

const port = parentPort;
if (!port) throw new Error('ingest-worker runs as a worker thread');
const { file, cacheKib } = workerData as { file: string; cacheKib: number };
const db = openDatabase(file, { cacheKib });
// The BFF's thread remembers every terminal already (set members); this thread keeps a window of
// them, enough for the devices a few batches span, so the fleet is not held twice.
const ids = new RowIds(db, 20_000);
// One batch at a time, in arrival order.
let queue: Promise<unknown> = Promise.resolve();
let queued = 0;
let idle: NodeJS.Timeout | undefined;
/** Idle this long, the thread gives its page cache back (a sync's writes come in quick succession). */
const IDLE_MS = 2000;

port.on('message', (message: IngestRequest) => {
  clearTimeout(idle);
  queued += 1;
  queue = queue.then(async () => {
    queued -= 1;
    if (message.type === 'close') {
      await db.destroy();
      port.close();
      return;
    }
    try {
      if (message.type === 'upsert') await upsertRecords(db, ids, decodeRecords(message.batch));
      else if (message.build) await buildSentIndex(db);
      else await dropSentIndex(db);
      port.postMessage({ id: message.id } satisfies IngestReply);
    } catch (error) {
      const text = error instanceof Error ? error.message : String(error);
      port.postMessage({ id: message.id, error: text } satisfies IngestReply);
    }
    if (queued === 0) idle = setTimeout(() => void sql`PRAGMA shrink_memory`.execute(db), IDLE_MS);
  });
});
