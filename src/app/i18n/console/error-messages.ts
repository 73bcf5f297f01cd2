import type { MessageDescriptor } from '@lingui/core';

import { registerErrorMessages } from '../error-messages';

/**
 * The codes only pages behind sign-in meet: the console's own and the IoT platform's (the
 * sign-in page carries only those it can meet, to stay small).
 */
const consoleErrors: Record<string, MessageDescriptor> = {
  PayloadTooLarge: /*i18n*/ {
    id: 'error.PayloadTooLarge',
    message: 'The request is too large.',
  },
  UnsupportedMediaType: /*i18n*/ {
    id: 'error.UnsupportedMediaType',
    message: 'The request was not sent as JSON.',
  },
  UriTooLong: /*i18n*/ { id: 'error.UriTooLong', message: 'The address is too long.' },
  NotFound: /*i18n*/ { id: 'error.NotFound', message: 'Not found.' },
  UpstreamUnavailable: /*i18n*/ {
    id: 'error.UpstreamUnavailable',
    message: 'The IoT platform cannot be reached right now. Try again shortly.',
  },
  UpstreamTimeout: /*i18n*/ {
    id: 'error.UpstreamTimeout',
    message: 'The IoT platform did not answer in time. Try again shortly.',
  },
  UpstreamMalformedReply: /*i18n*/ {
    id: 'error.UpstreamMalformedReply',
    message: 'The IoT platform gave an answer the console cannot read.',
  },
  KioskLinkRevoked: /*i18n*/ {
    id: 'error.KioskLinkRevoked',
    message: 'This kiosk link was revoked.',
  },
  InvalidKioskLink: /*i18n*/ {
    id: 'error.InvalidKioskLink',
    message: 'This kiosk link is not valid (it may have been revoked).',
  },
  ReportQueryRefused: /*i18n*/ {
    id: 'error.ReportQueryRefused',
    message: 'The report API refused the query.',
  },
  JobRequired: /*i18n*/ {
    id: 'error.JobRequired',
    message: 'This IoT platform lists device tasks per upgrade job: pick a job.',
  },
  ModuleNameTaken: /*i18n*/ {
    id: 'error.ModuleNameTaken',
    message: 'A module with this name already exists in this product (names ignore letter case).',
  },
  'iot.ota.ModuleNameAlreadyExists': /*i18n*/ {
    id: 'error.ModuleNameTaken',
    message: 'A module with this name already exists in this product (names ignore letter case).',
  },
  ModuleLimitReached: /*i18n*/ {
    id: 'error.ModuleLimitReached',
    message: 'This product has the most custom modules allowed. Delete a module or reuse one.',
  },
  'iot.ota.ModuleCountExceeded': /*i18n*/ {
    id: 'error.ModuleLimitReached',
    message: 'This product has the most custom modules allowed. Delete a module or reuse one.',
  },
  DefaultModuleImmutable: /*i18n*/ {
    id: 'error.DefaultModuleImmutable',
    message:
      'The default module stands for the whole-device firmware and cannot be changed or deleted.',
  },
  'iot.ota.DefaultModuleImmutable': /*i18n*/ {
    id: 'error.DefaultModuleImmutable',
    message:
      'The default module stands for the whole-device firmware and cannot be changed or deleted.',
  },
  'iot.ota.NotExistedModule': /*i18n*/ {
    id: 'error.iot.ota.NotExistedModule',
    message: 'This module does not exist (any more).',
  },
  'iot.ota.ModuleHasFirmware': /*i18n*/ {
    id: 'error.iot.ota.ModuleHasFirmware',
    message: 'This module still has firmware packages; delete them first.',
  },
  'iot.ota.NotExistedFirmware': /*i18n*/ {
    id: 'error.iot.ota.NotExistedFirmware',
    message: 'This firmware package does not exist.',
  },
  'iot.ota.NotExistedJob': /*i18n*/ {
    id: 'error.iot.ota.NotExistedJob',
    message: 'No upgrade job has this ID.',
  },
  'iot.prod.NotExistedProduct': /*i18n*/ {
    id: 'error.iot.prod.NotExistedProduct',
    message: 'This product does not exist.',
  },
  'iot.ota.InvalidFormattedModuleName': /*i18n*/ {
    id: 'error.iot.ota.InvalidFormattedModuleName',
    message: 'The IoT platform does not accept this module name.',
  },
  'iot.ota.InvalidFormattedAliasName': /*i18n*/ {
    id: 'error.iot.ota.InvalidFormattedAliasName',
    message: 'The IoT platform does not accept this alias.',
  },
  'iot.ota.InvalidFormattedModuleDesc': /*i18n*/ {
    id: 'error.iot.ota.InvalidFormattedModuleDesc',
    message: 'The IoT platform does not accept this description.',
  },
  'iot.ota.TooManyDeviceNames': /*i18n*/ {
    id: 'error.iot.ota.TooManyDeviceNames',
    message: 'Too many devices in one request.',
  },
  'iot.device.NotExistedDevice': /*i18n*/ {
    id: 'error.iot.device.NotExistedDevice',
    message: 'A device named here does not exist.',
  },
  'Throttling.User': /*i18n*/ {
    id: 'error.Throttling',
    message: 'The IoT platform is limiting calls right now. Try again shortly.',
  },
  ServiceUnavailable: /*i18n*/ {
    id: 'error.UpstreamUnavailable',
    message: 'The IoT platform cannot be reached right now. Try again shortly.',
  },
};

registerErrorMessages(consoleErrors);
