import { requireFirmware } from '../db/firmware';
import { listJobsByFirmware, toSimpleJob } from '../db/jobs';
import type { ActionHandler } from './action';
import { pagingFields } from './params';

export const listOtaJobByFirmware: ActionHandler<'ListOTAJobByFirmware'> = (params, ctx) => {
  const firmware = requireFirmware(ctx.db, params.required('FirmwareId', 'FirmwareID'));
  const paging = params.paging({ maxPageSize: 200, defaultPageSize: 10 });
  const { total, rows } = listJobsByFirmware(
    ctx.db,
    firmware.firmware_id,
    paging.offset,
    paging.size,
  );
  return { ...pagingFields(paging, total), Data: { SimpleOTAJobInfo: rows.map(toSimpleJob) } };
};
