/** RFC 3986 percent-encoding as the Alibaba signers do it: space → %20, `*` → %2A, `~` kept. */
export function percentEncode(value: string): string {
  return encodeURIComponent(value).replace(
    /[!'()*]/g,
    (c) => `%${c.charCodeAt(0).toString(16).toUpperCase()}`,
  );
}

/** Sorts by name in byte order (as JS `sort()` on ASCII keys does) and joins `enc(k)=enc(v)` with `&`. */
export function canonicalQueryV1(params: Record<string, string>): string {
  return Object.keys(params)
    .filter((key) => key !== 'Signature')
    .sort()
    .map((key) => `${percentEncode(key)}=${percentEncode(params[key] ?? '')}`)
    .join('&');
}
