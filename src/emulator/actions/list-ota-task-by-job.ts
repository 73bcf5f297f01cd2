import { requireJob } from '../db/jobs';
import { listTasks, toSimpleTask } from '../db/tasks';
import type { ActionHandler } from './action';
import { pagingFields } from './params';
import { deviceNamesFilter, TASK_PAGING, taskStatusParam } from './task-filters';

export const listOtaTaskByJob: ActionHandler<'ListOTATaskByJob'> = (params, ctx) => {
  const job = requireJob(ctx.db, params.required('JobId', 'JobID'));
  const paging = params.paging(TASK_PAGING);
  const { total, rows } = listTasks(
    ctx.db,
    { jobId: job.job_id, status: taskStatusParam(params), deviceNames: deviceNamesFilter(params) },
    paging.offset,
    paging.size,
  );
  return { ...pagingFields(paging, total), Data: { SimpleOTATaskInfo: rows.map(toSimpleTask) } };
};
