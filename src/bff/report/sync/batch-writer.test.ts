import { describe, expect, it } from 'vitest';

import type { RecordInput } from '../store/report-store';
import { BatchWriter, UPSERT_BATCH } from './batch-writer';

const records = (count: number): RecordInput[] =>
  Array.from({ length: count }, (_, i) => ({
    mark: `m${i}`,
    terminalId: 'T1',
    terminalNum: '1',
    status: 3,
    sentAt: i,
    updatedAt: null,
    upgradeInfo: '',
  }));

describe('BatchWriter', () => {
  it('writes full batches in order and counts the time reading waited for a write', async () => {
    const written: number[] = [];
    const releases: Array<() => void> = [];
    const writer = new BatchWriter({
      upsert: (batch) => {
        written.push(batch.length);
        return new Promise<void>((resolve) => releases.push(resolve));
      },
    });
    await writer.add(records(UPSERT_BATCH));
    expect(written).toEqual([UPSERT_BATCH]);
    expect(writer.waitedMs).toBe(0);

    // The next full batch must wait for the first write; a page arriving meanwhile waits with it
    // (the two waits overlap), then for the write of both pages' records.
    const waiting = Promise.all([writer.add(records(UPSERT_BATCH)), writer.add(records(1))]);
    await new Promise((resolve) => setTimeout(resolve, 30));
    releases.shift()?.();
    await new Promise((resolve) => setTimeout(resolve, 0));
    expect(written).toEqual([UPSERT_BATCH, UPSERT_BATCH + 1]);
    releases.shift()?.();
    await waiting;
    expect(writer.waitedMs).toBeGreaterThanOrEqual(25);

    await writer.flush();
    expect(written).toEqual([UPSERT_BATCH, UPSERT_BATCH + 1]);
  });
});
