import { requireJob, toJobInfo } from '../db/jobs';
import type { ActionHandler } from './action';

export const queryOtaJob: ActionHandler<'QueryOTAJob'> = (params, ctx) => {
  return { Data: toJobInfo(requireJob(ctx.db, params.required('JobId', 'JobID'))) };
};
