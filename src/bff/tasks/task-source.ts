import type { UpgradeTask, UpgradeTaskStatus } from '../../shared/contract/upgrade-tasks';
import type { IotAction } from '../cloud/allowed-actions';
import type { UpstreamEnvelope } from '../cloud/envelope';
import type { IotParams } from '../cloud/iot-client';
import { toUpgradeJobList, toUpgradeTaskList } from '../cloud/to-contract';
import { UpstreamError } from '../cloud/upstream-error';
import { AppError } from '../errors';

/**
 * One upstream call tied to the browser request it serves, through `app.iot.call` (whose
 * per-AccessKeyId limiter paces it).
 */
export type PacedCall = (action: IotAction, params: IotParams) => Promise<UpstreamEnvelope>;

/**
 * How long a call of batch work (a cancel of thousands of devices, its preview lookups, "select
 * all") may wait for its turn in the shared upstream queue: 5,000 devices need about 75 calls,
 * some 8 s at 10 per 1.1 s, and other users' calls take their share too.
 */
export const BATCH_QUEUE_WAIT_MS = 120_000;

export interface TaskScope {
  productKey: string;
  firmwareId: string;
  /** Only this upgrade job (batch); otherwise every job of the firmware. */
  jobId?: string;
}

export interface TaskQuery {
  status?: UpgradeTaskStatus;
  deviceNames?: string[];
  page: number;
  pageSize: number;
}

export const JOB_REQUIRED = 'JobRequired';

/**
 * Tasks of one job come from ListOTATaskByJob; tasks of a whole firmware from ListOTATaskByFirmware,
 * which the emulator offers and the public cloud API does not (there the caller must pick a job).
 * Both take the same filters and paging (PageSize ≤ 100, CurrentPage × PageSize ≤ 100,000).
 */
export async function listTasks(call: PacedCall, scope: TaskScope, query: TaskQuery) {
  const common: IotParams = {
    TaskStatus: query.status,
    DeviceNames: query.deviceNames && query.deviceNames.length > 0 ? query.deviceNames : undefined,
    CurrentPage: query.page,
    PageSize: query.pageSize,
  };
  const body = scope.jobId
    ? await call('ListOTATaskByJob', { JobId: scope.jobId, ...common })
    : await call('ListOTATaskByFirmware', {
        ProductKey: scope.productKey,
        FirmwareId: scope.firmwareId,
        ...common,
      }).catch((error: unknown) => {
        if (error instanceof UpstreamError && error.upstreamCode === 'InvalidApi.NotFound') {
          throw new AppError(
            400,
            JOB_REQUIRED,
            'This IoT platform lists device tasks per upgrade job: pick a job',
            {
              requestId: error.extra.requestId,
            },
          );
        }
        throw error;
      });
  const list = toUpgradeTaskList(body);
  // A job id of another firmware names no task of this one.
  return {
    ...list,
    items: list.items.filter((task) => !task.firmwareId || task.firmwareId === scope.firmwareId),
  };
}

/** How many names go into one lookup call (`DeviceNames.N`). */
export const LOOKUP_CHUNK = 100;
const PAGE_MAX = 100;

/**
 * Every task of the given devices in the scope, grouped by device name. Calls run in parallel,
 * paced by the client's limiter. Without the by-firmware listing, it asks each job of the firmware in turn.
 */
export async function tasksOfDevices(
  call: PacedCall,
  scope: TaskScope,
  deviceNames: readonly string[],
): Promise<Map<string, UpgradeTask[]>> {
  const byDevice = new Map<string, UpgradeTask[]>();
  try {
    await collect(call, scope, deviceNames, byDevice);
  } catch (error) {
    if (scope.jobId || !(error instanceof AppError) || error.code !== JOB_REQUIRED) throw error;
    byDevice.clear();
    const jobs = toUpgradeJobList(
      await call('ListOTAJobByFirmware', {
        FirmwareId: scope.firmwareId,
        CurrentPage: 1,
        PageSize: 200,
      }),
    );
    for (const job of jobs.items)
      await collect(call, { ...scope, jobId: job.jobId }, deviceNames, byDevice);
  }
  return byDevice;
}

async function collect(
  call: PacedCall,
  scope: TaskScope,
  deviceNames: readonly string[],
  byDevice: Map<string, UpgradeTask[]>,
): Promise<void> {
  const chunks: string[][] = [];
  for (let i = 0; i < deviceNames.length; i += LOOKUP_CHUNK)
    chunks.push(deviceNames.slice(i, i + LOOKUP_CHUNK));
  await Promise.all(
    chunks.map(async (names) => {
      // A device can hold tasks in several jobs of the firmware, so one chunk may need more pages.
      for (let page = 1; ; page++) {
        const list = await listTasks(call, scope, { deviceNames: names, page, pageSize: PAGE_MAX });
        for (const task of list.items) {
          const tasks = byDevice.get(task.deviceName) ?? [];
          tasks.push(task);
          byDevice.set(task.deviceName, tasks);
        }
        if (list.items.length === 0 || page * PAGE_MAX >= list.total) break;
      }
    }),
  );
}
