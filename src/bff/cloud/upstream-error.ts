import { bffErrorCodes } from '../../shared/contract/api-error';
import { AppError } from '../errors';

/** Gateway codes that mean our own credentials or clock are wrong: the operator's problem. */
const CONFIG_CODES = [
  'SignatureDoesNotMatch',
  'IncompleteSignature',
  'InvalidAccessKeyId',
  'InvalidTimeStamp',
  'SignatureNonceUsed',
  'IllegalTimestamp',
];

function statusForCode(code: string): number {
  if (code.startsWith('Throttling')) return 429;
  if (CONFIG_CODES.some((prefix) => code.startsWith(prefix))) return 502;
  if (code === 'InternalError' || code === 'ServiceUnavailable' || code.includes('SystemException')) return 502;
  if (/NotExist|NotFound/i.test(code)) return 404;
  return 400;
}

/** The upstream refused or failed; carries its code and RequestId to the browser. */
export class UpstreamError extends AppError {
  readonly upstreamCode: string;
  constructor(code: string, message: string, requestId?: string, statusCode = statusForCode(code)) {
    super(statusCode, code, message, {
      requestId,
      retryAfterSeconds: statusCode === 429 ? 1 : undefined,
    });
    this.upstreamCode = code;
  }

  get retryable(): boolean {
    return this.statusCode === 429 || this.code === bffErrorCodes.upstreamUnavailable || this.statusCode === 504 ||
      this.code === 'InternalError' || this.code === 'ServiceUnavailable';
  }
}

export const upstreamUnavailable = (detail: string) =>
  new UpstreamError(bffErrorCodes.upstreamUnavailable, `The IoT platform is unreachable (${detail})`, undefined, 502);

export const upstreamTimeout = () =>
  new UpstreamError(bffErrorCodes.upstreamTimeout, 'The IoT platform did not answer in time', undefined, 504);

export const upstreamMalformed = (requestId?: string) =>
  new UpstreamError(bffErrorCodes.upstreamMalformed, 'The IoT platform sent a reply the console cannot read', requestId, 502);
