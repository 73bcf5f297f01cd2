import { CANCELABLE_BY_DEVICE_STATUSES } from '../../shared/cloud';
import { findDevices } from '../db/devices';
import { requireFirmware } from '../db/firmware';
import { requireJob, settleJobs } from '../db/jobs';
import { requireProduct } from '../db/products';
import { cancelTasks } from '../db/tasks';
import { business } from '../rpc/errors';
import type { ActionHandler } from './action';

export const MAX_CANCEL_DEVICES = 200;

/**
 * Cancels the listed devices' tasks of one package (optionally one job) that are pending
 * confirmation, pending push or pushed (CONFIRM, QUEUED, NOTIFIED: seed 003). Other tasks stay.
 */
export const cancelOtaTaskByDevice: ActionHandler<'CancelOTATaskByDevice'> = (params, ctx) => {
  const product = requireProduct(ctx.db, params.productKey());
  const firmware = requireFirmware(
    ctx.db,
    params.required('FirmwareId', 'FirmwareID'),
    product.product_key,
  );
  const jobParam = params.optional('JobId', 'JobID');
  const jobId =
    jobParam === undefined ? undefined : requireJob(ctx.db, jobParam, firmware.firmware_id).job_id;
  const names = params.list('DeviceName') ?? [];
  if (names.length === 0) throw business.noDeviceNames();
  if (names.length > MAX_CANCEL_DEVICES) throw business.tooManyDevices(MAX_CANCEL_DEVICES);
  const seen = new Set<string>();
  for (const name of names) {
    if (name === '') throw business.nullDeviceName();
    if (seen.has(name)) throw business.duplicateDevice(name);
    seen.add(name);
  }
  const devices = findDevices(ctx.db, product.product_key, names);
  if (devices.length !== names.length) {
    const found = new Set(devices.map((device) => device.device_name));
    throw business.deviceNotFound(names.filter((name) => !found.has(name)));
  }
  const now = ctx.clock.now();
  const { jobIds } = cancelTasks(
    ctx.db,
    { firmwareId: firmware.firmware_id, jobId, deviceIds: devices.map((device) => device.id) },
    CANCELABLE_BY_DEVICE_STATUSES,
    now,
  );
  settleJobs(ctx.db, jobIds, now);
  return {};
};
