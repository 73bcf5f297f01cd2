import { createHmac, randomUUID } from 'node:crypto';

/** RFC 3986 percent-encoding as the RPC signature v1 wants it. */
function encode(value: string): string {
  return encodeURIComponent(value).replace(
    /[!'()*]/g,
    (c) => `%${c.charCodeAt(0).toString(16).toUpperCase()}`,
  );
}

export interface SignerKeys {
  accessKeyId: string;
  accessKeySecret: string;
}

/**
 * A signed RPC GET query string (signature v1, HMAC-SHA1) with a fresh nonce and timestamp:
 * what the official SDK sends, written out so the load generator and the pass-through do the same
 * work per call without an SDK in the way.
 */
export function signedQuery(
  keys: SignerKeys,
  action: string,
  params: Record<string, string>,
  method: 'GET' | 'POST' = 'GET',
): string {
  const all: Record<string, string> = {
    Format: 'JSON',
    Version: '2018-01-20',
    AccessKeyId: keys.accessKeyId,
    SignatureMethod: 'HMAC-SHA1',
    Timestamp: new Date().toISOString().replace(/\.\d{3}Z$/, 'Z'),
    SignatureVersion: '1.0',
    SignatureNonce: randomUUID(),
    Action: action,
    ...params,
  };
  const canonical = Object.keys(all)
    .sort()
    .map((key) => `${encode(key)}=${encode(all[key]!)}`)
    .join('&');
  const stringToSign = `${method}&${encode('/')}&${encode(canonical)}`;
  const signature = createHmac('sha1', `${keys.accessKeySecret}&`)
    .update(stringToSign)
    .digest('base64');
  return `${canonical}&Signature=${encode(signature)}`;
}
