/** A POP gateway error (HTTP 4xx/5xx, `{RequestId, HostId, Code, Message, Recommend}`). */
export class GatewayError extends Error {
  constructor(
    readonly status: number,
    readonly code: string,
    message: string,
  ) {
    super(message);
  }
}

/** An IoT business or validation error (HTTP 200, `Success: false`). */
export class BusinessError extends Error {
  constructor(
    readonly code: string,
    message: string,
  ) {
    super(message);
  }
}

export const gateway = {
  signatureMismatch: (stringToSign: string) =>
    new GatewayError(
      400,
      'SignatureDoesNotMatch',
      `Specified signature is not matched with our calculation. server string to sign is:${stringToSign}`,
    ),
  incompleteSignature: (detail = 'The request signature does not conform to Aliyun standards.') =>
    new GatewayError(400, 'IncompleteSignature', detail),
  keyNotFound: () =>
    new GatewayError(404, 'InvalidAccessKeyId.NotFound', 'Specified access key is not found.'),
  nonceUsed: () =>
    new GatewayError(400, 'SignatureNonceUsed', 'Specified signature nonce was used already.'),
  timestampExpired: (value: string) =>
    new GatewayError(
      400,
      'InvalidTimeStamp.Expired',
      `Specified time stamp or date value is expired. (${value})`,
    ),
  timestampFormat: (value: string) =>
    new GatewayError(
      400,
      'InvalidTimeStamp.Format',
      `Specified time stamp or date value is not well formatted. (${value})`,
    ),
  timestampMissing: () =>
    new GatewayError(
      400,
      'IllegalTimestamp',
      'Input parameter "Timestamp" that is mandatory for processing this request is not supplied.',
    ),
  missing: (name: string) =>
    new GatewayError(400, `Missing${name}`, `${name} is mandatory for this action.`),
  invalid: (name: string) =>
    new GatewayError(400, `Invalid${name}`, `Specified parameter ${name} is not valid.`),
  signatureMethod: () =>
    new GatewayError(400, 'InvalidSignatureMethod', 'Specified signature method is not valid.'),
  apiNotFound: (action: string) =>
    new GatewayError(
      404,
      'InvalidApi.NotFound',
      `Specified api is not found, please check your url and method. (${action})`,
    ),
  method: () =>
    new GatewayError(400, 'UnsupportedHTTPMethod', 'This http method is not supported.'),
  throttlingUser: () =>
    new GatewayError(400, 'Throttling.User', 'Request was denied due to user flow control.'),
  serviceUnavailable: () =>
    new GatewayError(
      503,
      'ServiceUnavailable',
      'The request has failed due to a temporary failure of the server.',
    ),
  internal: () =>
    new GatewayError(
      500,
      'InternalError',
      'The request processing has failed due to some unknown error.',
    ),
};

/** Confirmed IoT codes (reference §6.2) and our synthetic `iot.ota.*` ones (listed in README.md). */
export const business = {
  nullProductKey: () =>
    new BusinessError('iot.prod.NullProductKey', 'The ProductKey cannot be empty.'),
  invalidProductKey: () =>
    new BusinessError('iot.prod.InvalidFormattedProductkey', 'The ProductKey format is invalid.'),
  productNotFound: (key: string) =>
    new BusinessError('iot.prod.NotExistedProduct', `The product does not exist: ${key}`),
  pageParams: (detail: string) =>
    new BusinessError('iot.common.InvalidPageParams', `Invalid paging parameters: ${detail}`),
  invalidParameter: (detail: string) =>
    new BusinessError('iot.common.InvalidFormattedParameter', detail),
  instanceNotFound: (id: string) =>
    new BusinessError('iot.system.InstanceNotFound', `The instance does not exist: ${id}`),
  nullDeviceName: () =>
    new BusinessError('iot.device.NullDeviceName', 'The device name cannot be empty.'),
  noDeviceNames: () =>
    new BusinessError('iot.device.NoneDeviceNameElement', 'The device name list cannot be empty.'),
  deviceNotFound: (names: string[]) =>
    new BusinessError(
      'iot.device.NotExistedDevice',
      `The device does not exist: ${names.slice(0, 10).join(', ')}${names.length > 10 ? ', …' : ''}`,
    ),
  // Synthetic (ours): the public docs name no code for these cases.
  invalidModuleName: (detail: string) =>
    new BusinessError('iot.ota.InvalidFormattedModuleName', detail),
  invalidAliasName: (detail: string) =>
    new BusinessError('iot.ota.InvalidFormattedAliasName', detail),
  invalidModuleDesc: (detail: string) =>
    new BusinessError('iot.ota.InvalidFormattedModuleDesc', detail),
  moduleExists: (name: string) =>
    new BusinessError(
      'iot.ota.ModuleNameAlreadyExists',
      `An OTA module with this name already exists in the product (names ignore letter case): ${name}`,
    ),
  moduleLimit: (limit: number) =>
    new BusinessError(
      'iot.ota.ModuleCountExceeded',
      `A product can have at most ${limit} custom OTA modules.`,
    ),
  moduleNotFound: (name: string) =>
    new BusinessError('iot.ota.NotExistedModule', `The OTA module does not exist: ${name}`),
  defaultModule: () =>
    new BusinessError(
      'iot.ota.DefaultModuleImmutable',
      'The default module cannot be modified or deleted.',
    ),
  moduleHasFirmware: (name: string) =>
    new BusinessError(
      'iot.ota.ModuleHasFirmware',
      `The OTA module still has update packages and cannot be deleted: ${name}`,
    ),
  firmwareNotFound: (id: string) =>
    new BusinessError('iot.ota.NotExistedFirmware', `The OTA update package does not exist: ${id}`),
  jobNotFound: (id: string) =>
    new BusinessError('iot.ota.NotExistedJob', `The OTA update batch does not exist: ${id}`),
  tooManyDevices: (limit: number) =>
    new BusinessError(
      'iot.ota.TooManyDeviceNames',
      `At most ${limit} device names are allowed per call.`,
    ),
  duplicateDevice: (name: string) =>
    new BusinessError(
      'iot.ota.DuplicateDeviceName',
      `The device name list contains a duplicate: ${name}`,
    ),
  cancelFlagRequired: () =>
    new BusinessError('iot.ota.CancelFlagRequired', 'At least one Cancel* parameter must be true.'),
  requiredParameter: (name: string) =>
    new BusinessError(
      'iot.common.InvalidFormattedParameter',
      `${name} is mandatory for this action.`,
    ),
};
