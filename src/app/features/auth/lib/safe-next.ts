/**
 * Where to go after sign-in: only a path on this console (no open redirect). The candidate is
 * resolved the way the browser would resolve it (`/\evil.example` and `//evil.example` leave the
 * site), and anything that does not stay on this origin falls back to the products page.
 */
export function safeNext(next: string | null, origin = window.location.origin): string {
  const fallback = '/products';
  if (!next || !next.startsWith('/')) return fallback;
  try {
    const url = new URL(next, origin);
    if (url.origin !== origin) return fallback;
    return `${url.pathname}${url.search}${url.hash}`;
  } catch {
    return fallback;
  }
}
