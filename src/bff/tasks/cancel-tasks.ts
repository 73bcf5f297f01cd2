import {
  type CancelBatch,
  CANCELLABLE_TASK_STATUSES,
  type CancelOutcome,
  type CancelPreview,
  type CancelPreviewItem,
  type CancelResult,
  type CancelResultItem,
  type CancelVerdict,
  type UpgradeTask,
} from '../../shared/contract/upgrade-tasks';
import { CANCEL_BATCH_SIZE, chunk } from '../../shared/ota/device-names';
import type { CloudCallOptions, CloudService } from '../cloud/cloud-service';
import { UpstreamError } from '../cloud/upstream-error';
import { type TaskScope, tasksOfDevices } from './task-source';

const latestFirst = (a: UpgradeTask, b: UpgradeTask) =>
  (b.utcModified ?? '').localeCompare(a.utcModified ?? '');

/** A device's standing: a cancellable task wins, then one in progress, then the latest finished one. */
export function verdictOf(
  deviceName: string,
  tasks: readonly UpgradeTask[] = [],
): CancelPreviewItem {
  const sorted = [...tasks].sort(latestFirst);
  const pick = (verdict: CancelVerdict, task: UpgradeTask | undefined): CancelPreviewItem => ({
    deviceName,
    verdict,
    taskStatus: task?.status ?? null,
    jobId: task?.jobId ?? null,
  });
  const cancellable = sorted.find((task) => CANCELLABLE_TASK_STATUSES.includes(task.status));
  if (cancellable) return pick('cancellable', cancellable);
  const running = sorted.find((task) => task.status === 'IN_PROGRESS');
  if (running) return pick('inProgress', running);
  if (sorted[0]) return pick('done', sorted[0]);
  return pick('notFound', undefined);
}

function countBy<K extends string>(keys: readonly K[], values: readonly K[]): Record<K, number> {
  const counts = Object.fromEntries(keys.map((key) => [key, 0])) as Record<K, number>;
  for (const value of values) counts[value] += 1;
  return counts;
}

/** Looks up every named device's task in the scope: what "Cancel tasks" would do to each. */
export async function previewCancel(
  cloud: CloudService,
  scope: TaskScope,
  deviceNames: readonly string[],
  options: CloudCallOptions,
): Promise<CancelPreview> {
  const tasks = await tasksOfDevices(cloud, scope, deviceNames, options);
  const items = deviceNames.map((name) => verdictOf(name, tasks.get(name)));
  return {
    items,
    counts: countBy(
      ['cancellable', 'inProgress', 'done', 'notFound'],
      items.map((item) => item.verdict),
    ),
  };
}

/**
 * Cancels the devices' tasks with CancelOTATaskByDevice: only devices whose task is cancellable right
 * now are sent (so a retry never touches what is already cancelled), in calls of at most 200
 * names, each paced by the cloud service's one limiter. A failed call fails only its own devices; the others carry on.
 */
export async function cancelDeviceTasks(
  cloud: CloudService,
  scope: TaskScope,
  deviceNames: readonly string[],
  options: CloudCallOptions,
): Promise<CancelResult> {
  const preview = await previewCancel(cloud, scope, deviceNames, options);
  const cancellable = preview.items
    .filter((item) => item.verdict === 'cancellable')
    .map((item) => item.deviceName);
  const groups = chunk(cancellable, CANCEL_BATCH_SIZE);

  const batches: CancelBatch[] = await Promise.all(
    groups.map(async (names, batch): Promise<CancelBatch> => {
      try {
        const requestId = await cloud.cancelDeviceTasks(scope, names, options);
        return { batch, deviceCount: names.length, ok: true, requestId };
      } catch (error) {
        if (!(error instanceof UpstreamError)) throw error;
        return {
          batch,
          deviceCount: names.length,
          ok: false,
          code: error.upstreamCode,
          message: error.message,
          requestId: error.extra.requestId,
        };
      }
    }),
  );

  const batchOf = new Map<string, CancelBatch>();
  groups.forEach((names, index) => names.forEach((name) => batchOf.set(name, batches[index]!)));

  const items: CancelResultItem[] = preview.items.map((item) => {
    const batch = batchOf.get(item.deviceName);
    const base = {
      deviceName: item.deviceName,
      taskStatus: item.taskStatus,
      verdict: item.verdict,
    };
    if (!batch) return { ...base, outcome: 'notCancellable', batch: null };
    if (batch.ok)
      return { ...base, outcome: 'cancelled', batch: batch.batch, requestId: batch.requestId };
    return {
      ...base,
      outcome: 'failed',
      batch: batch.batch,
      code: batch.code,
      requestId: batch.requestId,
    };
  });

  return {
    items,
    batches,
    counts: countBy<CancelOutcome>(
      ['cancelled', 'notCancellable', 'failed'],
      items.map((item) => item.outcome),
    ),
  };
}
