/** Decodes `a=1&b=2` (form or query); `+` decodes to a space, as in any form body. */
export function parseUrlEncoded(raw: string): Record<string, string> {
  const out: Record<string, string> = {};
  for (const [key, value] of new URLSearchParams(raw)) {
    if (!(key in out)) out[key] = value;
  }
  return out;
}

export function rawQueryOf(url: string): string {
  const at = url.indexOf('?');
  return at < 0 ? '' : url.slice(at + 1);
}
