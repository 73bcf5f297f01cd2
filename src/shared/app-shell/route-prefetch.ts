/**
 * The SPA shell's JSON list of files for the pages a user likely opens next: the BFF writes it into
 * each page's index.html (src/bff/static/app-shell.ts), the app prefetches them when idle
 * (src/app/lib/idle-prefetch.ts).
 */
export const ROUTE_PREFETCH_ELEMENT_ID = 'route-prefetch';
