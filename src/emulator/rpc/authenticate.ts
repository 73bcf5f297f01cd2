import type { EmulatorContext } from '../context';
import { gateway } from './errors';
import { safeEqual, signV1, stringToSignV1 } from './signature-v1';
import {
  canonicalRequestV3,
  parseAcs3Authorization,
  sha256Hex,
  signV3,
  stringToSignV3,
} from './signature-v3';

export const TIMESTAMP_WINDOW_MS = 15 * 60_000;
const TIMESTAMP_PATTERN = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(\.\d{1,3})?Z$/;

export interface IncomingRpc {
  method: string;
  query: Record<string, string>;
  body: Record<string, string>;
  rawBody: string;
  headers: Record<string, string | string[] | undefined>;
}

export interface Authenticated {
  accessKeyId: string;
  action: string | undefined;
  version: string | undefined;
  format: string | undefined;
  /** API parameters (common signing parameters included for v1; harmless to actions). */
  params: Record<string, string>;
}

function header(headers: IncomingRpc['headers'], name: string): string | undefined {
  const value = headers[name];
  return Array.isArray(value) ? value[0] : value;
}

function checkTimestamp(value: string | undefined): void {
  if (value === undefined || value === '') throw gateway.timestampMissing();
  if (!TIMESTAMP_PATTERN.test(value) || Number.isNaN(Date.parse(value)))
    throw gateway.timestampFormat(value);
  if (Math.abs(Date.now() - Date.parse(value)) > TIMESTAMP_WINDOW_MS)
    throw gateway.timestampExpired(value);
}

function secretOf(ctx: EmulatorContext, accessKeyId: string): string {
  const secret = ctx.accessKeys[accessKeyId];
  if (secret === undefined) throw gateway.keyNotFound();
  return secret;
}

function useNonce(ctx: EmulatorContext, accessKeyId: string, nonce: string): void {
  if (!ctx.nonces.use(accessKeyId, nonce)) throw gateway.nonceUsed();
}

/** Verifies signature v1 (HMAC-SHA1 `Signature=` parameter) or ACS3-HMAC-SHA256 (`Authorization` header). */
export function authenticate(request: IncomingRpc, ctx: EmulatorContext): Authenticated {
  const authorization = header(request.headers, 'authorization');
  if (authorization?.startsWith('ACS3-')) return authenticateV3(request, authorization, ctx);
  return authenticateV1(request, ctx);
}

function authenticateV1(request: IncomingRpc, ctx: EmulatorContext): Authenticated {
  const params = { ...request.query, ...request.body };
  const accessKeyId = params.AccessKeyId;
  if (!accessKeyId) throw gateway.missing('AccessKeyId');
  const signature = params.Signature;
  if (!signature) throw gateway.incompleteSignature();
  if (params.SignatureMethod !== undefined && params.SignatureMethod !== 'HMAC-SHA1')
    throw gateway.signatureMethod();
  if (params.SignatureVersion !== undefined && params.SignatureVersion !== '1.0')
    throw gateway.invalid('SignatureVersion');
  checkTimestamp(params.Timestamp);
  const nonce = params.SignatureNonce;
  if (!nonce) throw gateway.missing('SignatureNonce');
  const secret = secretOf(ctx, accessKeyId);
  const stringToSign = stringToSignV1(request.method, params);
  if (!safeEqual(signV1(stringToSign, secret), signature))
    throw gateway.signatureMismatch(stringToSign);
  useNonce(ctx, accessKeyId, nonce);
  const { Signature: _omit, ...signed } = params;
  return {
    accessKeyId,
    action: params.Action,
    version: params.Version,
    format: params.Format,
    params: signed,
  };
}

function authenticateV3(
  request: IncomingRpc,
  authorization: string,
  ctx: EmulatorContext,
): Authenticated {
  const parsed = parseAcs3Authorization(authorization);
  if (!parsed)
    throw gateway.incompleteSignature(
      'The Authorization header is not a valid ACS3-HMAC-SHA256 header.',
    );
  const required = [
    'host',
    'x-acs-action',
    'x-acs-date',
    'x-acs-signature-nonce',
    'x-acs-content-sha256',
  ];
  const missing = required.find((name) => !parsed.signedHeaders.includes(name));
  if (missing) throw gateway.incompleteSignature(`The signed headers must include ${missing}.`);
  checkTimestamp(header(request.headers, 'x-acs-date'));
  const nonce = header(request.headers, 'x-acs-signature-nonce');
  if (!nonce) throw gateway.missing('SignatureNonce');
  const secret = secretOf(ctx, parsed.accessKeyId);
  const hashedPayload = header(request.headers, 'x-acs-content-sha256') ?? '';
  const canonical = canonicalRequestV3({
    method: request.method,
    query: request.query,
    headers: request.headers,
    signedHeaders: parsed.signedHeaders,
    hashedPayload,
  });
  const stringToSign = stringToSignV3(canonical);
  if (
    hashedPayload !== sha256Hex(request.rawBody) ||
    !safeEqual(signV3(stringToSign, secret), parsed.signature)
  ) {
    throw gateway.signatureMismatch(stringToSign);
  }
  useNonce(ctx, parsed.accessKeyId, nonce);
  return {
    accessKeyId: parsed.accessKeyId,
    action: header(request.headers, 'x-acs-action'),
    version: header(request.headers, 'x-acs-version'),
    format: request.query.Format,
    params: { ...request.query, ...request.body },
  };
}
