import type { TaskStatus } from '../../shared/cloud';
import { requireJob, settleJobs } from '../db/jobs';
import { stmt } from '../db/statements';
import { cancelTasks } from '../db/tasks';
import { business } from '../rpc/errors';
import type { ActionHandler } from './action';

/**
 * Cancel* flags pick the statuses. CancelQueuedTask without an explicit CancelUnconfirmedTask also
 * cancels CONFIRM tasks, as the cloud documents. CancelScheduledTask cancels a PLANNED job outright.
 */
export const cancelOtaTaskByJob: ActionHandler<'CancelOTATaskByJob'> = (params, ctx) => {
  const job = requireJob(ctx.db, params.required('JobId', 'JobID'));
  const scheduled = params.bool('CancelScheduledTask') === true;
  const queued = params.bool('CancelQueuedTask') === true;
  const notified = params.bool('CancelNotifiedTask') === true;
  const inProgress = params.bool('CancelInProgressTask') === true;
  const unconfirmedFlag = params.bool('CancelUnconfirmedTask');
  const unconfirmed = unconfirmedFlag === true || (queued && unconfirmedFlag === undefined);
  if (!scheduled && !queued && !notified && !inProgress && !unconfirmed)
    throw business.cancelFlagRequired();

  const now = ctx.clock.now();
  if (scheduled && job.job_status === 'PLANNED') {
    stmt(
      ctx.db,
      "UPDATE jobs SET job_status = 'CANCELED', utc_modified = ?, utc_end = ? WHERE job_id = ?",
    ).run(now, now, job.job_id);
    cancelTasks(
      ctx.db,
      { jobId: job.job_id },
      ['CONFIRM', 'QUEUED', 'NOTIFIED', 'IN_PROGRESS'],
      now,
    );
    return {};
  }
  const statuses: TaskStatus[] = [];
  if (unconfirmed) statuses.push('CONFIRM');
  if (queued) statuses.push('QUEUED');
  if (notified) statuses.push('NOTIFIED');
  if (inProgress) statuses.push('IN_PROGRESS');
  if (statuses.length > 0) cancelTasks(ctx.db, { jobId: job.job_id }, statuses, now);
  settleJobs(ctx.db, [job.job_id], now);
  return {};
};
