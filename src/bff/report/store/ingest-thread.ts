import { fileURLToPath } from 'node:url';
import { Worker } from 'node:worker_threads';

import { bffErrorCodes } from '../../../shared/contract/api-error';
import { AppError } from '../../errors';
import type { IngestReply, IngestRequest } from './ingest-worker';
import { encodeRecords } from './record-batch';
import type { RecordInput } from './report-store';

/**
 * The thread's own memory, within the BFF's budget of 300 MB RSS (scripts/bff-node-flags.ts): its
 * V8 heap holds one batch being written and a window of terminal ids (a few MB to tens of MB), and
 * SQLite's page cache for the writes (8 MB) comes on top. On the 1M-record seed the process peaked
 * at 277 MB during a cold sync with these limits (305 MB with a 16 MB cache, a larger young
 * generation and every terminal remembered here too).
 */
const RESOURCE_LIMITS = { maxOldGenerationSizeMb: 48, maxYoungGenerationSizeMb: 6 };
const CACHE_KIB = 8 * 1024;

const BOOT = new URL('./ingest-worker-boot.cjs', import.meta.url);
const ENTRY = fileURLToPath(new URL('./ingest-worker.ts', import.meta.url));

/** A write the worker could not do: the sync that sent it fails and keeps the previous figures. */
export class IngestError extends AppError {
  constructor(detail: string) {
    super(500, bffErrorCodes.internal, `The report store could not keep the records: ${detail}`);
  }
}

/**
 * Writes the report store's records in a worker thread with its own connection to the store's
 * file, started on the first write and again after a crash. Batches are written one after another
 * in the order sent.
 */
export class IngestThread {
  private worker: Worker | null = null;
  private nextId = 1;
  private readonly waiting = new Map<
    number,
    { worker: Worker; resolve: () => void; reject: (e: Error) => void }
  >();

  constructor(private readonly file: string) {}

  upsert(records: readonly RecordInput[]): Promise<void> {
    if (records.length === 0) return Promise.resolve();
    const batch = encodeRecords(records);
    return this.request({ type: 'upsert', id: this.nextId++, batch }, [
      batch.numbers.buffer as ArrayBuffer,
      batch.refs.buffer as ArrayBuffer,
    ]);
  }

  /**
   * Drops the records' send-time index (`build` false) or builds it again (true), in order with
   * the writes sent before: building it sorts every record, off the BFF's own thread.
   */
  sentIndex(build: boolean): Promise<void> {
    return this.request({ type: 'sentIndex', id: this.nextId++, build });
  }

  private request(
    message: Extract<IngestRequest, { id: number }>,
    transfer: ArrayBuffer[] = [],
  ): Promise<void> {
    const worker = this.start();
    return new Promise((resolve, reject) => {
      this.waiting.set(message.id, { worker, resolve, reject });
      worker.postMessage(message, transfer);
    });
  }

  /** Whether the worker is up (it starts with the first write). */
  get running(): boolean {
    return this.worker !== null;
  }

  /** Stops the worker at once, failing the writes under way, as a crash would (tests). */
  async kill(): Promise<void> {
    await this.worker?.terminate();
  }

  /** Waits for the writes sent so far, then stops the worker and its connection. */
  async close(): Promise<void> {
    const worker = this.worker;
    if (!worker) return;
    this.worker = null;
    await new Promise<void>((resolve) => {
      worker.once('exit', () => resolve());
      worker.postMessage({ type: 'close' } satisfies IngestRequest);
    });
  }

  private start(): Worker {
    if (this.worker) return this.worker;
    const worker = new Worker(BOOT, {
      workerData: { entry: ENTRY, file: this.file, cacheKib: CACHE_KIB },
      execArgv: [],
      resourceLimits: RESOURCE_LIMITS,
    });
    worker.on('message', (reply: IngestReply) => {
      const waiter = this.waiting.get(reply.id);
      this.waiting.delete(reply.id);
      if (reply.error === undefined) waiter?.resolve();
      else waiter?.reject(new IngestError(reply.error));
    });
    const fail = (detail: string) => {
      if (this.worker === worker) this.worker = null;
      for (const [id, waiter] of this.waiting)
        if (waiter.worker === worker) {
          this.waiting.delete(id);
          waiter.reject(new IngestError(detail));
        }
    };
    worker.on('error', (error) => fail(error.message));
    worker.on('exit', (code) => fail(`the ingest thread stopped (exit code ${code})`));
    this.worker = worker;
    return worker;
  }
}
