import { isTaskStatus, type TaskStatus } from '../../shared/cloud';
import { findDeviceByIotId, findDevices } from '../db/devices';
import { requireProduct } from '../db/products';
import { toUnfinishedTask, unfinishedTasksOfDevice } from '../db/tasks';
import { business } from '../rpc/errors';
import type { ActionHandler } from './action';

const UNFINISHED: readonly TaskStatus[] = ['CONFIRM', 'QUEUED', 'NOTIFIED', 'IN_PROGRESS'];

/** IotId wins over ProductKey + DeviceName; the status filter is limited to unfinished statuses. */
export const listOtaUnfinishedTaskByDevice: ActionHandler<'ListOTAUnfinishedTaskByDevice'> = (
  params,
  ctx,
) => {
  const iotId = params.optional('IotId');
  let device;
  if (iotId !== undefined) {
    device = findDeviceByIotId(ctx.db, iotId);
    if (!device) throw business.deviceNotFound([iotId]);
  } else {
    const product = requireProduct(ctx.db, params.productKey());
    const name = params.optional('DeviceName');
    if (name === undefined) throw business.nullDeviceName();
    device = findDevices(ctx.db, product.product_key, [name])[0];
    if (!device) throw business.deviceNotFound([name]);
  }
  const requested =
    params.list('TaskStatusList') ??
    (params.optional('TaskStatus') ? [params.required('TaskStatus')] : []);
  for (const status of requested) {
    if (!isTaskStatus(status) || !UNFINISHED.includes(status)) {
      throw business.invalidParameter(
        `TaskStatus must be one of ${UNFINISHED.join(', ')}: ${status}`,
      );
    }
  }
  const statuses = requested.length > 0 ? (requested as TaskStatus[]) : UNFINISHED;
  const rows = unfinishedTasksOfDevice(ctx.db, device.id, statuses, params.optional('ModuleName'));
  return { Data: { SimpleOTATaskInfo: rows.map(toUnfinishedTask) } };
};
