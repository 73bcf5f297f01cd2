import { requireFirmware, toFirmwareInfo } from '../db/firmware';
import type { ActionHandler } from './action';

export const queryOtaFirmware: ActionHandler<'QueryOTAFirmware'> = (params, ctx) => {
  const row = requireFirmware(ctx.db, params.required('FirmwareId', 'FirmwareID'));
  return { FirmwareInfo: toFirmwareInfo(row) };
};
