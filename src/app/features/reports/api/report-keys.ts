import type { ReportSearch } from './report-search';

/** The report's query keys: all → summaries → summary(query) (firmware and jobs: the tasks page's). */
export const reportKeys = {
  all: ['reports'] as const,
  summaries: () => [...reportKeys.all, 'summary'] as const,
  summary: (query: ReportSearch) => [...reportKeys.summaries(), query] as const,
};
