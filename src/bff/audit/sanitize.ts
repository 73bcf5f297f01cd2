/** Names whose values never enter the audit trail (or a log line). */
const SECRET_KEY = /pass(word)?|secret|token|signature|credential|authori[sz]ation|cookie|session/i;
const MAX_STRING = 500;
const MAX_ITEMS = 100;
const MAX_DEPTH = 5;

/** A JSON-safe copy of request parameters with secrets replaced and sizes bounded. */
export function sanitizeParameters(value: unknown, depth = 0): unknown {
  if (value === null || value === undefined) return value ?? null;
  if (typeof value === 'string') {
    return value.length > MAX_STRING ? `${value.slice(0, MAX_STRING)}…` : value;
  }
  if (typeof value === 'number' || typeof value === 'boolean') return value;
  if (depth >= MAX_DEPTH) return '[…]';
  if (Array.isArray(value)) {
    const items = value.slice(0, MAX_ITEMS).map((item) => sanitizeParameters(item, depth + 1));
    if (value.length > MAX_ITEMS) items.push(`… ${value.length - MAX_ITEMS} more`);
    return items;
  }
  if (typeof value === 'object') {
    const out: Record<string, unknown> = {};
    for (const [key, inner] of Object.entries(value as Record<string, unknown>).slice(
      0,
      MAX_ITEMS,
    )) {
      if (key === '__proto__' || key === 'constructor' || key === 'prototype') continue;
      out[key] = SECRET_KEY.test(key) ? '[Redacted]' : sanitizeParameters(inner, depth + 1);
    }
    return out;
  }
  return String(value);
}
