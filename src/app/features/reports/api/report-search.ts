import {
  type ReportSummaryQuery,
  reportSummaryQuerySchema,
} from '../../../../shared/contract/reports';
import { parseSearch, type SearchState, searchString } from '../../../lib/search-state';

/**
 * The report's filters live in the URL, under the API's own parameter names: each is read through
 * the summary query's schema, so a hand-edited `range`, `bucket` or `sort` falls back instead of
 * reaching the BFF unchecked.
 */
export const reportSearchShape = reportSummaryQuerySchema.shape;

/** A report query as the app passes it around (the API's input: defaults may be left out). */
export type ReportSearch = ReportSummaryQuery;

/** The URL's report query, or null while it does not yet say which devices and which range. */
export function readReportSearch(
  params: URLSearchParams,
): SearchState<typeof reportSearchShape> | null {
  const query = parseSearch(reportSearchShape, params);
  const hasDevices = Boolean(query.ids || query.productKey || query.firmwareId || query.jobId);
  const hasRange = Boolean(query.range || (query.from && query.to));
  return hasDevices && hasRange ? query : null;
}

/** Query-string text for a report query (also the API's query string), leaving out defaults. */
export function reportSearchString(query: Partial<ReportSearch>): string {
  return searchString(reportSearchShape, query);
}
