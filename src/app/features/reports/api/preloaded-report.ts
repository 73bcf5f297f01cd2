import type { ReportSummary } from '../../../../shared/contract/reports';

const SUMMARY = '/api/reports/summary?';

let preloaded: { query: string; answer: Promise<ReportSummary | null> } | undefined;

/**
 * Takes up the summary the BFF's shell preloads for a plain report address (a `<link rel=preload
 * as=fetch crossorigin>`, src/bff/static/report-preload.ts): the same URL, mode and credentials,
 * so the browser hands over that answer instead of asking again. Runs first thing in main.tsx,
 * before the page's code has loaded; false when the shell named no summary.
 */
export function askPreloadedReport(doc: Document = document): boolean {
  const link = doc.querySelector<HTMLLinkElement>(
    `link[rel="preload"][as="fetch"][href^="${SUMMARY}"]`,
  );
  const href = link?.getAttribute('href');
  if (!href) return false;
  const answer = fetch(href, { credentials: 'same-origin' })
    .then((response) => (response.ok ? (response.json() as Promise<ReportSummary>) : null))
    .catch(() => null);
  preloaded = { query: href.slice(SUMMARY.length), answer };
  return true;
}

/** The preloaded summary's query string and answer, once. */
export function takePreloadedReport() {
  const taken = preloaded;
  preloaded = undefined;
  return taken;
}
