import type { ActionReplies, ActionRequests } from '../../shared/cloud';
import { bffErrorCodes } from '../../shared/contract/api-error';
import type { Firmware, UpgradeJob } from '../../shared/contract/firmware';
import type { OtaModule } from '../../shared/contract/ota-modules';
import type { Product, ProductList } from '../../shared/contract/products';
import type { UpgradeTaskList, UpgradeTaskStatus } from '../../shared/contract/upgrade-tasks';
import { AppError } from '../errors';
import type { ReadAction, WriteAction } from './allowed-actions';
import type { IotCallContext, IotClient } from './iot-client';
import { allPages } from './paging';
import { ReadCache } from './read-cache';
import {
  type Device,
  toDevices,
  toFirmwareList,
  toOtaModules,
  toProduct,
  toProductList,
  toUpgradeJob,
  toUpgradeJobList,
  toUpgradeTaskList,
} from './to-contract';
import { UpstreamError } from './upstream-error';

export type { Device } from './to-contract';

/**
 * How device tasks of a whole firmware are listed: `per-job` (ListOTAJobByFirmware, then
 * ListOTATaskByJob for each job: what the public cloud offers) or `per-firmware` (one
 * ListOTATaskByFirmware: only our emulator has it, so only demo mode may choose it).
 */
export type TaskListing = 'per-job' | 'per-firmware';

export interface CloudServiceOptions {
  taskListing: TaskListing;
  /** How long an identical read is answered from memory (0: single-flight only). */
  readCacheMs: number;
  /** How long a resolved device set is kept (the report asks again on every refresh). */
  deviceSetCacheMs?: number;
}

/** Who a call serves, and whether it may wait long for its turn (batch work) or must fail fast. */
export interface CloudCallOptions {
  request?: IotCallContext;
  /** Batch work (a cancel of thousands of devices, device resolution) waits its turn. */
  patient?: boolean;
}

/** A firmware's tasks read across its jobs: jobs read so far, of how many. */
export type JobProgress = (jobsRead: number, jobs: number) => void;

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

/** Which devices to resolve: the narrowest given wins. */
export interface DeviceSource {
  productKey?: string;
  firmwareId?: string;
  jobId?: string;
}

/**
 * How long a call of batch work may wait for its turn in the shared upstream queue: 5,000 devices
 * need about 75 calls, some 8 s at 10 per 1.1 s, and other users' calls take their share too.
 */
export const BATCH_QUEUE_WAIT_MS = 120_000;

export const FIRMWARE_PAGE_SIZE = 100;
export const JOB_PAGE_SIZE = 200;
export const TASK_PAGE_SIZE = 100;
/** ListOTATaskByJob: CurrentPage × PageSize ≤ 100,000. */
const TASK_WINDOW = 100_000;
const DEVICE_SET_CACHE_MS = 5 * 60_000;

const names = (list: readonly string[] | undefined) =>
  list && list.length > 0 ? [...list].sort().join(',') : '';

/**
 * The one way to the IoT platform (the repository of fastify/demo's plugins): every route, task
 * and report read goes through here. It owns paging (all pages), the request context, the
 * per-AccessKeyId limiter and the retries (both in `client`), single-flight plus a brief cache of
 * identical reads (writes invalidate what they change), and device resolution.
 */
export class CloudService {
  readonly cache: ReadCache;

  constructor(
    readonly client: IotClient,
    readonly options: CloudServiceOptions,
  ) {
    this.cache = new ReadCache(options.readCacheMs);
  }

  /** Readiness: one signed call, uncached, not retried, within `timeoutMs`. */
  async probe(options: CloudCallOptions & { timeoutMs: number }): Promise<void> {
    await this.client.call(
      'QueryProductList',
      { CurrentPage: 1, PageSize: 1 },
      { request: options.request, attempts: 1, timeoutMs: options.timeoutMs },
    );
  }

  products(page: number, pageSize: number, options: CloudCallOptions = {}): Promise<ProductList> {
    return this.cache.read(`products/${page}/${pageSize}`, async () =>
      toProductList(
        await this.call('QueryProductList', { CurrentPage: page, PageSize: pageSize }, options),
      ),
    );
  }

  /** One product (QueryProduct): its name beside its key on the product's pages. */
  product(productKey: string, options: CloudCallOptions = {}): Promise<Product> {
    return this.cache.read(`product/${productKey}`, async () =>
      toProduct(await this.call('QueryProduct', { ProductKey: productKey }, options), productKey),
    );
  }

  modules(
    productKey: string,
    options: CloudCallOptions = {},
  ): Promise<{ items: OtaModule[]; requestId: string }> {
    return this.cache.read(`modules/${productKey}`, async () => {
      const body = await this.call('ListOTAModuleByProduct', { ProductKey: productKey }, options);
      return { items: toOtaModules(body, productKey), requestId: body.RequestId };
    });
  }

  /** Creates (`create`) or changes (`update`) a module; answers the upstream RequestId. */
  writeModule(
    kind: 'create' | 'update',
    module: { productKey: string; moduleName: string; aliasName?: string; desc?: string },
    options: CloudCallOptions = {},
  ): Promise<string> {
    const params = {
      ProductKey: module.productKey,
      ModuleName: module.moduleName,
      AliasName: module.aliasName,
      Desc: module.desc,
    };
    const invalidates = [`modules/${module.productKey}`];
    return kind === 'create'
      ? this.write('CreateOTAModule', params, options, invalidates)
      : this.write('UpdateOTAModule', params, options, invalidates);
  }

  deleteModule(productKey: string, moduleName: string, options: CloudCallOptions = {}) {
    return this.write(
      'DeleteOTAModule',
      { ProductKey: productKey, ModuleName: moduleName },
      options,
      [`modules/${productKey}`],
    );
  }

  /** Every firmware package of the product (all pages). */
  firmware(productKey: string, options: CloudCallOptions = {}): Promise<Firmware[]> {
    return this.cache.read(`firmware/${productKey}`, async () => {
      const items = await allPages(async (page) => {
        const body = await this.call(
          'ListOTAFirmware',
          { ProductKey: productKey, CurrentPage: page, PageSize: FIRMWARE_PAGE_SIZE },
          options,
        );
        return toFirmwareList(body);
      }, FIRMWARE_PAGE_SIZE);
      return items.filter((f) => !f.productKey || f.productKey === productKey);
    });
  }

  /** Every upgrade job of the firmware (all pages), newest first. */
  jobs(firmwareId: string, options: CloudCallOptions = {}): Promise<UpgradeJob[]> {
    return this.cache.read(`jobs/${firmwareId}`, () =>
      allPages(
        async (page) =>
          toUpgradeJobList(
            await this.call(
              'ListOTAJobByFirmware',
              { FirmwareId: firmwareId, CurrentPage: page, PageSize: JOB_PAGE_SIZE },
              options,
            ),
          ),
        JOB_PAGE_SIZE,
      ),
    );
  }

  /** One job (QueryOTAJob); the upstream's 404 passes through. */
  job(jobId: string, options: CloudCallOptions = {}): Promise<UpgradeJob | undefined> {
    return this.cache.read(`job/${jobId}`, async () => {
      const body = await this.call('QueryOTAJob', { JobId: jobId }, options);
      return toUpgradeJob(body.Data)[0];
    });
  }

  /** One page of the device tasks in a scope (a job, or every job of the firmware). */
  async tasks(
    scope: TaskScope,
    query: TaskQuery,
    options: CloudCallOptions & { onJobProgress?: JobProgress } = {},
  ): Promise<UpgradeTaskList> {
    const list = scope.jobId
      ? await this.jobTasks(scope.firmwareId, scope.jobId, query, options)
      : this.options.taskListing === 'per-firmware'
        ? await this.firmwareTasks(scope, query, options)
        : await this.tasksAcrossJobs(scope, query, options);
    // A job id of another firmware names no task of this one.
    return {
      ...list,
      items: list.items.filter((task) => !task.firmwareId || task.firmwareId === scope.firmwareId),
    };
  }

  /** CancelOTATaskByDevice for at most 200 names; answers the upstream RequestId. */
  cancelDeviceTasks(
    scope: TaskScope,
    deviceNames: string[],
    options: CloudCallOptions = {},
  ): Promise<string> {
    return this.write(
      'CancelOTATaskByDevice',
      {
        ProductKey: scope.productKey,
        FirmwareId: scope.firmwareId,
        JobId: scope.jobId,
        DeviceName: deviceNames,
      },
      options,
      [`tasks/${scope.firmwareId}`, `jobs/${scope.firmwareId}`, 'job'],
    );
  }

  /**
   * The devices with an upgrade task in a job, a firmware, or any firmware of a product, through
   * ListOTAJobByFirmware + ListOTATaskByJob (or the emulator's ListOTATaskByFirmware when so
   * configured). `onProgress` hears the number found so far. Kept a few minutes.
   */
  resolveDevices(
    source: DeviceSource,
    options: CloudCallOptions & { onProgress?: (found: number) => void } = {},
  ): Promise<Device[]> {
    const key = source.jobId
      ? `devices/job/${source.jobId}`
      : source.firmwareId
        ? `devices/firmware/${source.firmwareId}`
        : `devices/product/${source.productKey ?? ''}`;
    return this.cache.read(
      key,
      () => this.resolve(source, { ...options, patient: true }),
      this.options.deviceSetCacheMs ?? DEVICE_SET_CACHE_MS,
    );
  }

  private async resolve(
    source: DeviceSource,
    options: CloudCallOptions & { onProgress?: (found: number) => void },
  ): Promise<Device[]> {
    const found = new Map<string, Device>();
    const add = (devices: Device[]) => {
      for (const device of devices) found.set(`${device.productKey}/${device.deviceName}`, device);
      options.onProgress?.(found.size);
    };
    if (source.jobId) {
      await this.devicesOfJob(source.jobId, add, options);
    } else if (source.firmwareId) {
      await this.devicesOfFirmware(source.firmwareId, add, options);
    } else if (source.productKey) {
      const firmware = await this.firmware(source.productKey, options);
      // All at once: the one limiter paces the calls, and every page is reported as it lands.
      await Promise.all(firmware.map((f) => this.devicesOfFirmware(f.firmwareId, add, options)));
    }
    return [...found.values()].sort((a, b) => a.deviceName.localeCompare(b.deviceName));
  }

  private async devicesOfFirmware(
    firmwareId: string,
    add: (devices: Device[]) => void,
    options: CloudCallOptions,
  ): Promise<void> {
    if (this.options.taskListing === 'per-firmware') {
      await allPages(
        async (page) => {
          const body = await this.call(
            'ListOTATaskByFirmware',
            { FirmwareId: firmwareId, CurrentPage: page, PageSize: TASK_PAGE_SIZE },
            options,
          );
          return { items: toDevices(body), total: Number(body.Total) || 0 };
        },
        TASK_PAGE_SIZE,
        add,
      );
      return;
    }
    const jobs = await this.jobs(firmwareId, options);
    await Promise.all(jobs.map((job) => this.devicesOfJob(job.jobId, add, options)));
  }

  private async devicesOfJob(
    jobId: string,
    add: (devices: Device[]) => void,
    options: CloudCallOptions,
  ): Promise<void> {
    await allPages(
      async (page) => {
        const body = await this.call(
          'ListOTATaskByJob',
          { JobId: jobId, CurrentPage: page, PageSize: TASK_PAGE_SIZE },
          options,
        );
        return { items: toDevices(body), total: Number(body.Total) || 0 };
      },
      TASK_PAGE_SIZE,
      add,
    );
  }

  private taskFilter(query: TaskQuery) {
    return {
      TaskStatus: query.status,
      DeviceNames:
        query.deviceNames && query.deviceNames.length > 0 ? query.deviceNames : undefined,
    };
  }

  private jobTasks(
    firmwareId: string,
    jobId: string,
    query: TaskQuery,
    options: CloudCallOptions,
  ): Promise<UpgradeTaskList> {
    const key = `tasks/${firmwareId}/job/${jobId}/${query.status ?? ''}/${names(query.deviceNames)}/${query.page}/${query.pageSize}`;
    return this.cache.read(key, async () =>
      toUpgradeTaskList(
        await this.call(
          'ListOTATaskByJob',
          {
            JobId: jobId,
            ...this.taskFilter(query),
            CurrentPage: query.page,
            PageSize: query.pageSize,
          },
          options,
        ),
      ),
    );
  }

  private firmwareTasks(
    scope: TaskScope,
    query: TaskQuery,
    options: CloudCallOptions,
  ): Promise<UpgradeTaskList> {
    const key = `tasks/${scope.firmwareId}/all/${query.status ?? ''}/${names(query.deviceNames)}/${query.page}/${query.pageSize}`;
    return this.cache.read(key, async () => {
      const body = await this.call(
        'ListOTATaskByFirmware',
        {
          ProductKey: scope.productKey,
          FirmwareId: scope.firmwareId,
          ...this.taskFilter(query),
          CurrentPage: query.page,
          PageSize: query.pageSize,
        },
        options,
      ).catch((error: unknown) => {
        if (error instanceof UpstreamError && error.upstreamCode === 'InvalidApi.NotFound') {
          throw new AppError(
            400,
            bffErrorCodes.jobRequired,
            'This IoT platform lists device tasks per upgrade job: pick a job (or set OTA_TASK_LISTING=per-job)',
            { requestId: error.extra.requestId },
          );
        }
        throw error;
      });
      return toUpgradeTaskList(body);
    });
  }

  /**
   * One page of a firmware's tasks the way the public cloud allows: the jobs in turn (newest
   * first), each asked for the part of the page it holds. Every job is asked at least once, for
   * its total.
   */
  private async tasksAcrossJobs(
    scope: TaskScope,
    query: TaskQuery,
    options: CloudCallOptions & { onJobProgress?: JobProgress },
  ): Promise<UpgradeTaskList> {
    const start = (query.page - 1) * query.pageSize;
    const end = start + query.pageSize;
    const size = query.pageSize;
    const items: UpgradeTaskList['items'] = [];
    let before = 0;
    const jobs = await this.jobs(scope.firmwareId, options);
    let jobsRead = 0;
    options.onJobProgress?.(jobsRead, jobs.length);
    for (const job of jobs) {
      const local = Math.max(0, start - before);
      let page = Math.floor(local / size) + 1;
      const beyondWindow = page * size > TASK_WINDOW || items.length >= size;
      // Only the job's total is needed: the smallest call that says it.
      const first = beyondWindow
        ? await this.jobTasks(
            scope.firmwareId,
            job.jobId,
            { ...query, page: 1, pageSize: 1 },
            options,
          )
        : await this.jobTasks(
            scope.firmwareId,
            job.jobId,
            { ...query, page, pageSize: size },
            options,
          );
      let list = first;
      while (!beyondWindow) {
        list.items.forEach((task, index) => {
          const at = before + (page - 1) * size + index;
          if (at >= start && at < end) items.push(task);
        });
        const nextAt = before + page * size;
        if (items.length >= size || nextAt >= before + first.total || nextAt >= end) break;
        if ((page + 1) * size > TASK_WINDOW) break;
        page += 1;
        list = await this.jobTasks(
          scope.firmwareId,
          job.jobId,
          { ...query, page, pageSize: size },
          options,
        );
      }
      before += first.total;
      options.onJobProgress?.(++jobsRead, jobs.length);
    }
    return { items, total: before, page: query.page, pageSize: query.pageSize };
  }

  private call<A extends ReadAction>(
    action: A,
    params: ActionRequests[A],
    options: CloudCallOptions,
  ): Promise<ActionReplies[A]> {
    return this.client.call(action, params, {
      request: options.request,
      maxQueueWaitMs: options.patient ? BATCH_QUEUE_WAIT_MS : undefined,
    });
  }

  private async write<A extends WriteAction>(
    action: A,
    params: ActionRequests[A],
    options: CloudCallOptions,
    invalidates: string[],
  ): Promise<string> {
    try {
      const body = await this.client.call(action, params, {
        request: options.request,
        maxQueueWaitMs: options.patient ? BATCH_QUEUE_WAIT_MS : undefined,
      });
      return body.RequestId;
    } finally {
      // Even a failed write may have changed something (a timeout after the upstream acted).
      for (const prefix of invalidates) this.cache.invalidate(prefix);
    }
  }
}
