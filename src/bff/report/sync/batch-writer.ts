import type { RecordInput, ReportStore } from '../store/report-store';

/**
 * Records per store transaction (pages arrive a hundred records at a time). Larger batches cost
 * less per record (index pages and counts touched once per batch, fewer commits); a write on the
 * BFF's own connection waits at most one batch's transaction for the store's write lock.
 */
export const UPSERT_BATCH = 10_000;

/**
 * Hands a sync's records to the store a batch at a time, one batch being written while the next
 * fills: reading goes on during a write, and never runs ahead of the store by more than a batch
 * (the pages in flight aside), which bounds the memory a sync holds. A failed write fails the next
 * `add` or `flush`.
 */
export class BatchWriter {
  private pending: RecordInput[] = [];
  private writing: Promise<void> | null = null;
  /**
   * Time during which pages (or the flush) waited for a write under way, overlapping waits counted
   * once: how long the store's writes, rather than the upstream, held the sync up.
   */
  waitedMs = 0;
  /** Since when a page (or the flush) has been waiting for the write under way. */
  private waitingSince: number | null = null;

  constructor(private readonly store: Pick<ReportStore, 'upsert'>) {}

  async add(records: readonly RecordInput[]): Promise<void> {
    for (const record of records) this.pending.push(record);
    if (this.pending.length >= UPSERT_BATCH) await this.send();
  }

  /** Sends what is left and waits until everything is written. */
  async flush(): Promise<void> {
    await this.send();
    await this.send();
  }

  /** Waits for the write under way, its failure ignored (the sync has failed already). */
  async settled(): Promise<void> {
    await this.writing?.catch(() => undefined);
  }

  private async send() {
    // Several pages may arrive while a batch is written: each waits for it, and one sends the next.
    while (this.writing) {
      const writing = this.writing;
      this.waitingSince ??= performance.now();
      await writing;
      if (this.writing === writing) {
        this.writing = null;
        this.waitedMs += performance.now() - this.waitingSince;
        this.waitingSince = null;
      }
    }
    if (this.pending.length === 0) return;
    const batch = this.pending;
    this.pending = [];
    this.writing = this.store.upsert(batch);
    // Seen by the next add or flush; until then it must not count as unhandled.
    this.writing.catch(() => undefined);
  }
}
