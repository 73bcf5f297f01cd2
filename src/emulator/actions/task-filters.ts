import { isTaskStatus, type TaskStatus } from '../../shared/cloud';
import { business } from '../rpc/errors';
import type { PagingRule, Params } from './params';

/** ListOTATaskByJob: PageSize ≤ 100 and CurrentPage × PageSize ≤ 100,000. */
export const TASK_PAGING: PagingRule = {
  maxPageSize: 100,
  defaultPageSize: 10,
  maxWindow: 100_000,
};

/** Our cap for `DeviceNames.N` (the cloud's is undocumented); the same as CancelOTATaskByDevice's. */
export const MAX_DEVICE_NAME_FILTER = 200;

export function taskStatusParam(params: Params): TaskStatus | undefined {
  const value = params.optional('TaskStatus');
  if (value === undefined) return undefined;
  if (!isTaskStatus(value)) throw business.invalidParameter(`TaskStatus is not valid: ${value}`);
  return value;
}

export function deviceNamesFilter(params: Params): string[] | undefined {
  const names = params.list('DeviceNames', 'DeviceName');
  if (names === undefined) return undefined;
  if (names.length > MAX_DEVICE_NAME_FILTER) throw business.tooManyDevices(MAX_DEVICE_NAME_FILTER);
  if (names.some((name) => name === '')) throw business.nullDeviceName();
  return [...new Set(names)];
}
