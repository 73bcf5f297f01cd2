import type { UpgradeTask } from '../../shared/contract/upgrade-tasks';
import type { CloudCallOptions, CloudService, TaskScope } from '../cloud/cloud-service';

export type { TaskScope } from '../cloud/cloud-service';

/** How many names go into one lookup call (`DeviceNames.N`). */
export const LOOKUP_CHUNK = 100;
const PAGE_MAX = 100;

/**
 * Every task of the given devices in the scope, grouped by device name: chunks of names in
 * parallel through the cloud service (whose one limiter paces them), each chunk every page.
 */
export async function tasksOfDevices(
  cloud: CloudService,
  scope: TaskScope,
  deviceNames: readonly string[],
  options: CloudCallOptions,
): Promise<Map<string, UpgradeTask[]>> {
  const byDevice = new Map<string, UpgradeTask[]>();
  const chunks: string[][] = [];
  for (let i = 0; i < deviceNames.length; i += LOOKUP_CHUNK)
    chunks.push(deviceNames.slice(i, i + LOOKUP_CHUNK));
  await Promise.all(
    chunks.map(async (names) => {
      // A device can hold tasks in several jobs of the firmware, so one chunk may need more pages.
      for (let page = 1; ; page++) {
        const list = await cloud.tasks(
          scope,
          { deviceNames: names, page, pageSize: PAGE_MAX },
          options,
        );
        for (const task of list.items) {
          const tasks = byDevice.get(task.deviceName) ?? [];
          tasks.push(task);
          byDevice.set(task.deviceName, tasks);
        }
        if (list.items.length === 0 || page * PAGE_MAX >= list.total) break;
      }
    }),
  );
  return byDevice;
}
