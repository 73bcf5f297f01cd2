import { requireFirmware } from '../db/firmware';
import { requireJob } from '../db/jobs';
import { listTasks, toSimpleTask } from '../db/tasks';
import type { ActionHandler } from './action';
import { pagingFields } from './params';
import { deviceNamesFilter, TASK_PAGING, taskStatusParam } from './task-filters';

/**
 * Emulator-only action (the cloud has none): every task of an update package across its jobs, with
 * ListOTATaskByJob's parameters, limits and reply shape. Optional ProductKey and JobId narrow it.
 */
export const listOtaTaskByFirmware: ActionHandler<'ListOTATaskByFirmware'> = (params, ctx) => {
  const productKey = params.optional('ProductKey') === undefined ? undefined : params.productKey();
  const firmware = requireFirmware(ctx.db, params.required('FirmwareId', 'FirmwareID'), productKey);
  const jobParam = params.optional('JobId', 'JobID');
  const jobId =
    jobParam === undefined ? undefined : requireJob(ctx.db, jobParam, firmware.firmware_id).job_id;
  const paging = params.paging(TASK_PAGING);
  const { total, rows } = listTasks(
    ctx.db,
    {
      firmwareId: firmware.firmware_id,
      jobId,
      status: taskStatusParam(params),
      deviceNames: deviceNamesFilter(params),
    },
    paging.offset,
    paging.size,
  );
  return { ...pagingFields(paging, total), Data: { SimpleOTATaskInfo: rows.map(toSimpleTask) } };
};
