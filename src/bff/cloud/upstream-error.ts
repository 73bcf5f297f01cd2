import { bffErrorCodes } from '../../shared/contract/api-error';
import { AppError } from '../errors';
import type { UpstreamEnvelope } from './envelope';

/** Gateway codes that mean our own credentials or clock are wrong: the operator's problem. */
const CREDENTIAL_CODES = [
  'SignatureDoesNotMatch',
  'IncompleteSignature',
  'InvalidAccessKeyId',
  'InvalidSecurityToken',
  'InvalidTimeStamp',
  'SignatureNonceUsed',
  'IllegalTimestamp',
  'InvalidSignatureMethod',
  'Forbidden.AccessKey',
];

const SERVER_CODES = ['InternalError', 'ServiceUnavailable'];

export function isCredentialCode(code: string): boolean {
  return CREDENTIAL_CODES.some((prefix) => code.startsWith(prefix));
}

function statusForCode(code: string): number {
  if (code.startsWith('Throttling')) return 429;
  if (isCredentialCode(code)) return 502;
  if (SERVER_CODES.includes(code) || code.includes('SystemException')) return 502;
  if (/NotExist|NotFound/i.test(code)) return 404;
  return 400;
}

/** Keeps an upstream message printable and short, and drops anything that echoes the request. */
function safeMessage(message: string): string {
  const cut = message
    .replace(/, URL: .*$/s, '')
    .replace(/string[ -]?to[ -]?sign.*$/is, '')
    // eslint-disable-next-line no-control-regex -- strip control characters from upstream text
    .replace(/[\u0000-\u001f\u007f]/g, ' ')
    .trim();
  return (cut || 'The IoT platform refused the request').slice(0, 300);
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

  /** Worth another attempt for a read: throttling, gateway 5xx, network trouble, a garbled reply. */
  get retryable(): boolean {
    return (
      this.statusCode === 429 ||
      SERVER_CODES.includes(this.code) ||
      this.code === bffErrorCodes.upstreamUnavailable ||
      this.code === bffErrorCodes.upstreamMalformed
    );
  }
}

/**
 * An error body from the upstream (gateway or business). Credential errors get a fixed message:
 * the gateway's own one echoes its string-to-sign, which is none of the browser's business.
 */
export function upstreamFromBody(body: UpstreamEnvelope): UpstreamError {
  const code = typeof body.Code === 'string' && body.Code !== '' ? body.Code : 'UpstreamError';
  const requestId = typeof body.RequestId === 'string' ? body.RequestId : undefined;
  if (isCredentialCode(code)) {
    return new UpstreamError(
      code,
      'The IoT platform refused the console’s credentials. An operator must check OTA_ACCESS_KEY_ID, OTA_ACCESS_KEY_SECRET and the server clock.',
      requestId,
    );
  }
  const raw = body.ErrorMessage || body.Message;
  return new UpstreamError(code, safeMessage(typeof raw === 'string' ? raw : ''), requestId);
}

export const upstreamUnavailable = (detail: string) =>
  new UpstreamError(
    bffErrorCodes.upstreamUnavailable,
    `The IoT platform is unreachable (${detail})`,
    undefined,
    502,
  );

export const upstreamTimeout = () =>
  new UpstreamError(
    bffErrorCodes.upstreamTimeout,
    'The IoT platform did not answer in time',
    undefined,
    504,
  );

export const upstreamMalformed = (requestId?: string) =>
  new UpstreamError(
    bffErrorCodes.upstreamMalformed,
    'The IoT platform sent a reply the console cannot read',
    requestId,
    502,
  );
