import { ROUTE_PREFETCH_ELEMENT_ID } from '../../shared/app-shell/route-prefetch';
import { pageContentShown } from './page-shown';

type IdleWindow = Window & {
  requestIdleCallback?: (run: () => void, options?: { timeout: number }) => number;
};

/** The files the shell lists for the pages a user likely opens next (none outside the BFF's shell). */
export function listedPrefetchFiles(doc: Document = document): string[] {
  const text = doc.getElementById(ROUTE_PREFETCH_ELEMENT_ID)?.textContent;
  if (!text) return [];
  try {
    const files: unknown = JSON.parse(text);
    return Array.isArray(files)
      ? files.filter((f): f is string => typeof f === 'string' && f.startsWith('/assets/'))
      : [];
  } catch {
    return [];
  }
}

/** `<link rel="prefetch">` per file: fetched at the lowest priority into the cache, not run. */
export function addPrefetchLinks(files: string[], doc: Document = document) {
  for (const href of files) {
    const link = doc.createElement('link');
    link.rel = 'prefetch';
    link.href = href;
    link.setAttribute('as', href.endsWith('.css') ? 'style' : 'script');
    // Module scripts are fetched in CORS mode; the prefetch must match to be reused.
    link.crossOrigin = '';
    doc.head.append(link);
  }
}

/**
 * Resolves once every chunk the shell preloads for this page has arrived (or failed), or after
 * `limitMs`. The load event does not wait for them: the main thread is idle while they are still on
 * their way, and a prefetch then would take one of HTTP/1.1's six connections from them.
 */
export function ownChunksArrived(win: IdleWindow = window, limitMs = 5000): Promise<void> {
  const arrived = new Set(
    (win.performance?.getEntriesByType('resource') ?? []).map((entry) => entry.name),
  );
  const waiting = [
    ...win.document.querySelectorAll<HTMLLinkElement>('link[rel="modulepreload"]'),
  ].filter((link) => !arrived.has(link.href));
  const each = waiting.map(
    (link) =>
      new Promise<void>((done) => {
        link.addEventListener('load', () => done(), { once: true });
        link.addEventListener('error', () => done(), { once: true });
      }),
  );
  const limit = new Promise<void>((done) => win.setTimeout(done, limitMs));
  return Promise.race([Promise.all(each).then(() => undefined), limit]);
}

/**
 * Prefetches the likely next pages' chunks once this page has loaded, its own chunks have arrived,
 * its content is on screen (page-shown.ts: a list waits for its data, and the prefetch would share
 * the link with those answers) and the browser is idle, so a click on a link finds its code in the
 * cache. Nothing is fetched before that, so the first page's weight and paint are untouched.
 */
export function prefetchLikelyPagesWhenIdle(
  win: IdleWindow = window,
  shown: () => Promise<void> = () => pageContentShown(win),
) {
  const files = listedPrefetchFiles(win.document);
  if (files.length === 0) return;
  const whenIdle = () => {
    if (win.requestIdleCallback)
      win.requestIdleCallback(() => addPrefetchLinks(files), { timeout: 5000 });
    else win.setTimeout(() => addPrefetchLinks(files), 1000);
  };
  const afterOwnChunks = () => void ownChunksArrived(win).then(shown).then(whenIdle);
  if (win.document.readyState === 'complete') afterOwnChunks();
  else win.addEventListener('load', afterOwnChunks, { once: true });
}
