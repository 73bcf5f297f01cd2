import { MODE_NAMES, PROTOCOL_NAMES, TYPE_NAMES } from './statuses';

export interface UpgradeInfo {
  version: string | null;
  url: string | null;
  /** "HTTP", "FTP", or the raw code when unknown. */
  protocol: string | null;
  mode: string | null;
  type: string | null;
}

const text = (value: unknown): string | null =>
  typeof value === 'string' ? value : typeof value === 'number' ? String(value) : null;

const named = (names: Record<string, string>, value: unknown): string | null => {
  const code = text(value);
  return code === null ? null : (names[code] ?? code);
};

/**
 * Reads the JSON text in a report record's `upgradeInfo`. Answers null when it is not a JSON object
 * naming at least a version or a URL: the caller then shows the raw text instead.
 */
export function parseUpgradeInfo(raw: string): UpgradeInfo | null {
  let value: unknown;
  try {
    value = JSON.parse(raw);
  } catch {
    return null;
  }
  if (!value || typeof value !== 'object' || Array.isArray(value)) return null;
  const info = value as Record<string, unknown>;
  const version = text(info.VERSION);
  const url = text(info.URL);
  if (version === null && url === null) return null;
  return {
    version,
    url,
    protocol: named(PROTOCOL_NAMES, info.PROTOCOL),
    mode: named(MODE_NAMES, info.MODE),
    type: named(TYPE_NAMES, info.TYPE),
  };
}
