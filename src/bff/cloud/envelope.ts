/**
 * The IoT platform answers in PascalCase (Alibaba) but the Tuya-hosted docs show lowerCamel
 * (seed 000). Everything the BFF reads goes through `toPascalKeys` first, so the mapping code
 * sees one casing.
 */
export type Json = null | boolean | number | string | Json[] | { [key: string]: Json };

function pascal(key: string): string {
  const first = key.charCodeAt(0);
  // a-z: the only first letters to change; PascalCase keys (Alibaba's) are kept as they are.
  return first >= 97 && first <= 122 ? String.fromCharCode(first - 32) + key.slice(1) : key;
}

export function toPascalKeys(value: unknown): unknown {
  if (Array.isArray(value)) return value.map(toPascalKeys);
  if (value && typeof value === 'object') {
    const out: Record<string, unknown> = {};
    for (const [key, inner] of Object.entries(value as Record<string, unknown>)) {
      // RequestID (Tuya tables) and RequestId (Alibaba) are the same field.
      const name = key === 'requestID' || key === 'RequestID' ? 'RequestId' : pascal(key);
      out[name] = toPascalKeys(inner);
    }
    return out;
  }
  return value;
}

export interface UpstreamEnvelope {
  RequestId?: string;
  Success?: boolean;
  Code?: string;
  ErrorMessage?: string;
  Message?: string;
  [key: string]: unknown;
}

export function isEnvelope(value: unknown): value is UpstreamEnvelope {
  return Boolean(value) && typeof value === 'object' && !Array.isArray(value);
}
