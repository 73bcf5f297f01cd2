/**
 * The IoT platform answers in PascalCase (Alibaba) but the Tuya-hosted docs show lowerCamel
 * (seed 000). Everything the BFF reads goes through `toPascalKeys` first, so the mapping code
 * sees one casing.
 */
export type Json = null | boolean | number | string | Json[] | { [key: string]: Json };

function pascal(key: string): string {
  return key.length === 0 ? key : key[0]!.toUpperCase() + key.slice(1);
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
