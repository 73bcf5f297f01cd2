import type { FastifyRequest } from 'fastify';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';

import { bffErrorCodes } from '../../shared/contract/api-error';
import { firmwareParamsSchema } from '../../shared/contract/firmware';
import {
  cancelPreviewSchema,
  cancelResultSchema,
  cancelTasksInputSchema,
  matchingDeviceNamesSchema,
  SELECT_ALL_LIMIT,
  TASK_PAGE_SIZE_MAX,
  upgradeTaskFilterSchema,
  upgradeTaskListAnswerSchema,
  upgradeTaskListQuerySchema,
} from '../../shared/contract/upgrade-tasks';
import { parseDeviceNames } from '../../shared/ota/device-names';
import { cancelAuditResult } from '../audit/cancel-result';
import type { CloudCallOptions, TaskScope } from '../cloud/cloud-service';
import { UpstreamError } from '../cloud/upstream-error';
import { AppError } from '../errors';
import { cancelDeviceTasks, previewCancel } from '../tasks/cancel-tasks';
import { TaskListings } from '../tasks/task-listings';

/** The table's device-name filter names at most this many devices (`DeviceNames.N`). */
const FILTER_NAMES_MAX = 100;

function filterNames(text: string | undefined): string[] | undefined {
  if (!text) return undefined;
  const parsed = parseDeviceNames(text);
  const bad = parsed.invalid[0];
  if (bad || parsed.names.length > FILTER_NAMES_MAX) {
    const message = bad
      ? `"${bad.value}": ${bad.problem}`
      : `At most ${FILTER_NAMES_MAX} device names`;
    throw new AppError(400, bffErrorCodes.validation, 'Some fields are not valid', {
      fieldErrors: { deviceName: message },
    });
  }
  return parsed.names;
}

/** Device upgrade tasks and the cancel flow (CancelOTATaskByDevice). */
export const upgradeTaskRoutes: FastifyPluginAsyncZod = async (app) => {
  /** Interactive reads fail fast (429) when the queue is long; batch work waits its turn. */
  const batch = (request: FastifyRequest): CloudCallOptions => ({ request, patient: true });

  /** A job named by the user must belong to the firmware, or the cancel would silently do nothing. */
  async function checkJob(scope: TaskScope, options: CloudCallOptions) {
    if (!scope.jobId) return;
    const job = await app.cloud.job(scope.jobId, options).catch((error: unknown) => {
      if (!(error instanceof UpstreamError) || error.statusCode !== 404) throw error;
      throw new AppError(404, error.upstreamCode, error.message, {
        requestId: error.extra.requestId,
        fieldErrors: { jobId: 'No upgrade job has this ID' },
      });
    });
    if (job?.firmwareId && job.firmwareId !== scope.firmwareId) {
      throw new AppError(400, bffErrorCodes.validation, 'Some fields are not valid', {
        fieldErrors: { jobId: 'This job belongs to another firmware package' },
      });
    }
  }

  const base = '/api/products/:productKey/firmware/:firmwareId';
  const listings = new TaskListings();

  app.get(
    `${base}/tasks`,
    {
      config: { access: 'read' },
      schema: {
        params: firmwareParamsSchema,
        querystring: upgradeTaskListQuerySchema,
        response: { 200: upgradeTaskListAnswerSchema },
      },
    },
    async (request) => {
      const { jobId, status, deviceName, page, pageSize, progress } = request.query;
      const scope = { ...request.params, jobId };
      const query = { status, deviceNames: filterNames(deviceName), page, pageSize };
      if (jobId || progress !== '1') return app.cloud.tasks(scope, query, { request });
      // A whole firmware: read across its jobs in the background; the page sees the progress.
      const key = JSON.stringify([scope.productKey, scope.firmwareId, query]);
      return listings.answer(key, (onJobProgress) =>
        app.cloud.tasks(scope, query, { request, patient: true, onJobProgress }),
      );
    },
  );

  app.get(
    `${base}/tasks/device-names`,
    {
      config: { access: 'read' },
      schema: {
        params: firmwareParamsSchema,
        querystring: upgradeTaskFilterSchema,
        response: { 200: matchingDeviceNamesSchema },
      },
    },
    async (request) => {
      const { jobId, status, deviceName } = request.query;
      const options = batch(request);
      const scope = { ...request.params, jobId };
      const query = { status, deviceNames: filterNames(deviceName), pageSize: TASK_PAGE_SIZE_MAX };
      const first = await app.cloud.tasks(scope, { ...query, page: 1 }, options);
      const pages = Math.ceil(Math.min(first.total, SELECT_ALL_LIMIT) / TASK_PAGE_SIZE_MAX);
      const rest = await Promise.all(
        Array.from({ length: Math.max(0, pages - 1) }, (_, i) =>
          app.cloud.tasks(scope, { ...query, page: i + 2 }, options),
        ),
      );
      const names = new Set<string>();
      for (const list of [first, ...rest])
        for (const task of list.items) names.add(task.deviceName);
      const deviceNames = [...names].slice(0, SELECT_ALL_LIMIT);
      return { deviceNames, total: first.total, truncated: first.total > SELECT_ALL_LIMIT };
    },
  );

  app.post(
    `${base}/cancel-preview`,
    {
      config: { access: 'write' },
      schema: {
        params: firmwareParamsSchema,
        body: cancelTasksInputSchema,
        response: { 200: cancelPreviewSchema },
      },
    },
    async (request) => {
      const options = batch(request);
      const scope = { ...request.params, jobId: request.body.jobId };
      await checkJob(scope, options);
      return previewCancel(app.cloud, scope, request.body.deviceNames, options);
    },
  );

  app.post(
    `${base}/cancel`,
    {
      config: { access: 'write', audit: 'CancelOTATaskByDevice' },
      schema: {
        params: firmwareParamsSchema,
        body: cancelTasksInputSchema,
        response: { 200: cancelResultSchema },
      },
    },
    async (request) => {
      const options = batch(request);
      const scope = { ...request.params, jobId: request.body.jobId };
      await checkJob(scope, options);
      const result = await cancelDeviceTasks(app.cloud, scope, request.body.deviceNames, options);
      request.auditResult = cancelAuditResult(result);
      return result;
    },
  );
};
