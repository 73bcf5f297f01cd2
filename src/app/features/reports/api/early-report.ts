import type { ReportSummary } from '../../../../shared/contract/reports';
import { takePreloadedReport } from './preloaded-report';
import { hasDeviceSelection, withReportDefaults } from './report-defaults';
import { readReportSearch, reportSearchString } from './report-search';

let early: { search: string; answer: Promise<ReportSummary | null> } | undefined;

/** The summary's query string for an address, as the report page will ask it; null if unknown yet. */
export function earlySummarySearch(address: URLSearchParams): string | null {
  // Without devices the page first needs the product list to pick its default: nothing to ask yet.
  if (!hasDeviceSelection(address)) return null;
  const search = readReportSearch(withReportDefaults(address, undefined) ?? address);
  // `show=stuck` asks the summary for figures only (see the report route): left to the page.
  if (!search || search.show === 'stuck') return null;
  return reportSearchString(search);
}

/**
 * Asks for /reports' summary while the page's code is still loading (main.tsx), instead of after
 * the session check, the layout and the page's chunk: with a warm report store the figures are
 * then waiting when the page renders. The page's summary query takes this answer once. Only a
 * good answer is kept: a refusal (no session yet, a bad filter) is left for the page's own request
 * to meet and report as it always does.
 */
export function askReportEarly(address = new URLSearchParams(window.location.search)) {
  const search = earlySummarySearch(address);
  if (search === null) return;
  const answer = fetch(`/api/reports/summary?${search}`, {
    credentials: 'same-origin',
    headers: { accept: 'application/json' },
  })
    .then((response) => (response.ok ? (response.json() as Promise<ReportSummary>) : null))
    .catch(() => null);
  early = { search, answer };
}

/**
 * The early answer for this query string, once (null: none, or not a good one): the one the shell
 * preloaded when it reads as this query, else the one asked for in main.tsx.
 */
export async function takeEarlyReport(search: string): Promise<ReportSummary | null> {
  const preloaded = takePreloadedReport();
  if (preloaded && earlySummarySearch(new URLSearchParams(preloaded.query)) === search)
    return preloaded.answer;
  if (early?.search !== search) return null;
  const { answer } = early;
  early = undefined;
  return answer;
}
