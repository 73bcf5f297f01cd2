import type { CancelOutcome, CancelResult } from '../../../../shared/contract/upgrade-tasks';

/**
 * Folds the answer of a retried batch into the summary: its devices take their new outcome, the
 * failed batch gives way to the retry's calls (numbered after the existing ones).
 */
export function mergeRetry(
  previous: CancelResult,
  retriedBatch: number,
  retry: CancelResult,
): CancelResult {
  const offset = Math.max(-1, ...previous.batches.map((b) => b.batch)) + 1;
  const renumbered = new Map(
    retry.items.map((item) => [
      item.deviceName,
      { ...item, batch: item.batch === null ? null : item.batch + offset },
    ]),
  );
  const items = previous.items.map((item) => renumbered.get(item.deviceName) ?? item);
  const batches = [
    ...previous.batches.filter((b) => b.batch !== retriedBatch),
    ...retry.batches.map((b) => ({ ...b, batch: b.batch + offset })),
  ];
  const counts: Record<CancelOutcome, number> = { cancelled: 0, notCancellable: 0, failed: 0 };
  for (const item of items) counts[item.outcome] += 1;
  return { items, batches, counts };
}
