import { describe, expect, it } from 'vitest';

import type { CancelResult } from '../../../../shared/contract/upgrade-tasks';
import { mergeRetry } from './merge-retry';

const item = (
  deviceName: string,
  outcome: 'cancelled' | 'failed' | 'notCancellable',
  batch: number | null,
) => ({
  deviceName,
  outcome,
  batch,
  taskStatus: 'QUEUED' as const,
  verdict: 'cancellable' as const,
});

describe('mergeRetry', () => {
  it('replaces the retried devices and the failed batch, keeping everything else', () => {
    const previous: CancelResult = {
      items: [
        item('dev-0001', 'cancelled', 0),
        item('dev-0002', 'failed', 1),
        item('dev-0003', 'notCancellable', null),
      ],
      batches: [
        { batch: 0, deviceCount: 1, ok: true },
        { batch: 1, deviceCount: 1, ok: false, code: 'Throttling.User' },
      ],
      counts: { cancelled: 1, notCancellable: 1, failed: 1 },
    };
    const retry: CancelResult = {
      items: [item('dev-0002', 'cancelled', 0)],
      batches: [{ batch: 0, deviceCount: 1, ok: true }],
      counts: { cancelled: 1, notCancellable: 0, failed: 0 },
    };
    const merged = mergeRetry(previous, 1, retry);
    expect(merged.counts).toEqual({ cancelled: 2, notCancellable: 1, failed: 0 });
    expect(merged.batches.map((b) => [b.batch, b.ok])).toEqual([
      [0, true],
      [2, true],
    ]);
    expect(merged.items[1]).toMatchObject({
      deviceName: 'dev-0002',
      outcome: 'cancelled',
      batch: 2,
    });
  });
});
