import type { I18n, MessageDescriptor } from '@lingui/core';

import type { ImportRefusal } from '../../../../shared/contract/directory';

/** Each refusal code of an import line in the reader's language (the BFF's `reason` is English). */
const REASONS: Record<ImportRefusal['code'], MessageDescriptor> = {
  columns: /*i18n*/ {
    id: 'directory.refusal.columns',
    message:
      'Expected 3 or 4 columns (deviceName,productKey,terminalId[,terminalNum]), found {found}',
  },
  deviceName: /*i18n*/ {
    id: 'directory.refusal.deviceName',
    message: 'Device name "{value}" is not valid (1–64 letters, digits, _ - @ . :)',
  },
  productKey: /*i18n*/ {
    id: 'directory.refusal.productKey',
    message: 'ProductKey "{value}" is not valid',
  },
  terminalId: /*i18n*/ {
    id: 'directory.refusal.terminalId',
    message: 'Terminal id "{value}" is not valid (1–64 letters, digits, _ -)',
  },
  terminalNum: /*i18n*/ {
    id: 'directory.refusal.terminalNum',
    message: 'Terminal number "{value}" is not valid',
  },
  deviceTwice: /*i18n*/ {
    id: 'directory.refusal.deviceTwice',
    message: 'Device {device} is already on line {other}',
  },
  terminalTwice: /*i18n*/ {
    id: 'directory.refusal.terminalTwice',
    message: 'Terminal id {terminalId} is already on line {other}',
  },
  terminalTaken: /*i18n*/ {
    id: 'directory.refusal.terminalTaken',
    message: 'Terminal id {terminalId} already belongs to {device}',
  },
};

export const refusalReason = (i18n: I18n, refusal: ImportRefusal): string =>
  i18n._(REASONS[refusal.code].id, refusal.values, { message: REASONS[refusal.code].message });
