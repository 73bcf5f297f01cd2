import type {
  ReportRangePreset,
  ReportSort,
  ReportSummaryQuery,
} from '../../../../shared/contract/reports';
import { MAX_DEVICE_IDS, splitDeviceIds } from '../../../../shared/report/report-limits';
import { allOf } from '../../../lib/all-of';
import {
  integerParam,
  isoDateTimeParam,
  numberParam,
  oneOfParam,
  textParam,
  UPSTREAM_ID_PATTERN,
} from '../../../lib/search-params';
import {
  parseSearch,
  type SearchParam,
  type SearchState,
  searchString,
} from '../../../lib/search-state';

// The summary query's rules (the contract's reportSummaryQuerySchema, field by field), by hand so
// the report's first paint does not wait for zod; search-params.test.ts runs both on the same URLs.

const DEVICE_ID = /^[A-Za-z0-9_\-@.:]{1,64}$/;

/** Pasted ids: at most 250 names or terminal ids, split on commas, white space or new lines. */
const idsParam: SearchParam<string | undefined> = {
  read: (text) => {
    if (text.length > MAX_DEVICE_IDS * 66) return undefined;
    const ids = splitDeviceIds(text);
    return ids.length <= MAX_DEVICE_IDS && ids.every((id) => DEVICE_ID.test(id)) ? text : undefined;
  },
  fallback: undefined,
};

const upstreamId = () => textParam({ trim: true, max: 64, pattern: UPSTREAM_ID_PATTERN });

const REPORT_SORTS = allOf<ReportSort>()([
  'device',
  'deviceNumber',
  'status',
  'version',
  'url',
  'protocol',
  'mode',
  'sendTime',
  'updateTime',
]);

/**
 * The report's filters live in the URL, under the API's own parameter names: each is read by the
 * summary query's rules, so a hand-edited `range`, `bucket` or `sort` falls back instead of
 * reaching the BFF unchecked.
 */
export const reportSearchShape = {
  ids: idsParam,
  productKey: upstreamId(),
  firmwareId: upstreamId(),
  jobId: upstreamId(),
  from: isoDateTimeParam(),
  to: isoDateTimeParam(),
  range: oneOfParam(allOf<ReportRangePreset>()(['24h', '7d', '30d'])),
  count: oneOfParam(['latest', 'all'], 'latest'),
  bucket: oneOfParam(['hour', 'day']),
  page: integerParam(1, 100_000, 1),
  pageSize: integerParam(0, 200, 25),
  sort: oneOfParam(REPORT_SORTS, 'sendTime'),
  order: oneOfParam(['asc', 'desc'], 'desc'),
  stuckHours: numberParam(0.1, 24 * 92),
  show: oneOfParam(['records', 'stuck'], 'records'),
};

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
