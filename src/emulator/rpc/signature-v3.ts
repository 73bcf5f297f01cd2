import { createHash, createHmac } from 'node:crypto';

import { percentEncode } from './percent-encode';

export const ACS3_ALGORITHM = 'ACS3-HMAC-SHA256';

export interface Acs3Authorization {
  accessKeyId: string;
  signedHeaders: string[];
  signature: string;
}

/** Parses `ACS3-HMAC-SHA256 Credential=…,SignedHeaders=a;b,Signature=hex`. */
export function parseAcs3Authorization(header: string): Acs3Authorization | null {
  if (!header.startsWith(`${ACS3_ALGORITHM} `)) return null;
  const fields = new Map<string, string>();
  for (const part of header.slice(ACS3_ALGORITHM.length + 1).split(',')) {
    const at = part.indexOf('=');
    if (at > 0) fields.set(part.slice(0, at).trim(), part.slice(at + 1).trim());
  }
  const accessKeyId = fields.get('Credential');
  const signedHeaders = fields.get('SignedHeaders');
  const signature = fields.get('Signature');
  if (!accessKeyId || !signedHeaders || !signature) return null;
  return { accessKeyId, signedHeaders: signedHeaders.split(';').filter(Boolean), signature };
}

export function sha256Hex(data: string | Buffer): string {
  return createHash('sha256').update(data).digest('hex');
}

export interface Acs3Input {
  method: string;
  /** Decoded query parameters; keys are used unencoded, values are re-encoded. */
  query: Record<string, string>;
  /** Lower-cased header names. */
  headers: Record<string, string | string[] | undefined>;
  signedHeaders: string[];
  hashedPayload: string;
}

export function canonicalRequestV3(input: Acs3Input): string {
  const query = Object.keys(input.query)
    .sort()
    .map((key) => `${key}=${percentEncode(input.query[key] ?? '')}`)
    .join('&');
  const names = [...input.signedHeaders].map((name) => name.toLowerCase()).sort();
  const headers = names
    .map((name) => {
      const raw = input.headers[name];
      const values = (Array.isArray(raw) ? raw : [raw ?? '']).map((value) => value.trim()).sort();
      return `${name}:${values.join(',')}\n`;
    })
    .join('');
  return [
    input.method.toUpperCase(),
    '/',
    query,
    headers,
    names.join(';'),
    input.hashedPayload,
  ].join('\n');
}

export function stringToSignV3(canonicalRequest: string): string {
  return `${ACS3_ALGORITHM}\n${sha256Hex(canonicalRequest)}`;
}

/** Hex HMAC-SHA256; the key is the secret itself (no trailing `&`, unlike v1). */
export function signV3(stringToSign: string, secret: string): string {
  return createHmac('sha256', secret).update(stringToSign, 'utf8').digest('hex');
}
