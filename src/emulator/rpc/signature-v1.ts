import { createHmac, timingSafeEqual } from 'node:crypto';

import { canonicalQueryV1, percentEncode } from './percent-encode';

/** `METHOD&%2F&enc(canonical)`: the canonical string is encoded a second time. */
export function stringToSignV1(method: string, params: Record<string, string>): string {
  return `${method.toUpperCase()}&${percentEncode('/')}&${percentEncode(canonicalQueryV1(params))}`;
}

/** Base64 HMAC-SHA1 with key `secret + "&"`. */
export function signV1(stringToSign: string, secret: string): string {
  return createHmac('sha1', `${secret}&`).update(stringToSign, 'utf8').digest('base64');
}

export function safeEqual(a: string, b: string): boolean {
  const left = Buffer.from(a);
  const right = Buffer.from(b);
  return left.length === right.length && timingSafeEqual(left, right);
}
