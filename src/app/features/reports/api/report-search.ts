import type { ReportSort, ReportSummaryQuery } from '../../../../shared/contract/reports';

/** The report's filters live in the URL: these read and write them. */
const KEYS = [
  'ids',
  'productKey',
  'firmwareId',
  'jobId',
  'from',
  'to',
  'range',
  'count',
  'bucket',
  'page',
  'pageSize',
  'sort',
  'order',
] as const;

export type ReportSearch = ReportSummaryQuery;

export function readReportSearch(params: URLSearchParams): ReportSearch | null {
  const get = (key: string) => params.get(key) || undefined;
  const query: ReportSearch = {
    ids: get('ids'),
    productKey: get('productKey'),
    firmwareId: get('firmwareId'),
    jobId: get('jobId'),
    from: get('from'),
    to: get('to'),
    range: get('range') as ReportSearch['range'],
    count: get('count') === 'all' ? 'all' : 'latest',
    bucket: get('bucket') as ReportSearch['bucket'],
    page: Number(get('page')) || 1,
    pageSize: Number(get('pageSize')) || 25,
    sort: (get('sort') as ReportSort | undefined) ?? 'sendTime',
    order: get('order') === 'asc' ? 'asc' : 'desc',
  };
  const hasDevices = Boolean(query.ids || query.productKey || query.firmwareId || query.jobId);
  const hasRange = Boolean(query.range || (query.from && query.to));
  return hasDevices && hasRange ? query : null;
}

/** Query-string text for a report query (also the API's query string), leaving out defaults. */
export function reportSearchString(query: Partial<ReportSearch>): string {
  const params = new URLSearchParams();
  for (const key of KEYS) {
    const value = query[key];
    if (value === undefined || value === null || value === '') continue;
    if ((key === 'page' && value === 1) || (key === 'count' && value === 'latest')) continue;
    params.set(key, String(value));
  }
  return params.toString();
}
