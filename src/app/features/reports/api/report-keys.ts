import type { ReportSearch } from './report-search';

/** The report's query keys: all → summaries → summary(query); firmware and job options. */
export const reportKeys = {
  all: ['reports'] as const,
  summaries: () => [...reportKeys.all, 'summary'] as const,
  summary: (query: ReportSearch) => [...reportKeys.summaries(), query] as const,
  firmware: (productKey: string) => [...reportKeys.all, 'firmware', productKey] as const,
  jobs: (firmwareId: string) => [...reportKeys.all, 'jobs', firmwareId] as const,
};
