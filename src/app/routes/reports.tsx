import { Paper, Stack, Text, Title } from '@mantine/core';
import { useSearchParams } from 'react-router';

import type { ReportFilters } from '../../shared/contract/reports';
import { PageLoader } from '../components/page-loader';
import { QueryError } from '../components/query-error';
import { reportExportUrl, useReportSummary } from '../features/reports/api/report-queries';
import {
  readReportSearch,
  type ReportSearch,
  reportSearchString,
} from '../features/reports/api/report-search';
import { ReportFiltersForm } from '../features/reports/components/report-filters';
import { ReportOverview } from '../features/reports/components/report-overview';
import { ReportProgress } from '../features/reports/components/report-progress';
import { ReportTable } from '../features/reports/components/report-table';

export default function ReportsRoute() {
  const [params, setParams] = useSearchParams();
  const search = readReportSearch(params);
  const summary = useReportSummary(search);
  // Read the address bar at click time: a click right after a change must not undo it.
  const update = (patch: Partial<ReportSearch>) => {
    const current = readReportSearch(new URLSearchParams(window.location.search)) ?? search ?? {};
    setParams(reportSearchString({ ...current, ...patch }));
  };
  const apply = (filters: Partial<ReportFilters>) =>
    setParams(
      reportSearchString({
        count: search?.count,
        bucket: search?.bucket,
        sort: search?.sort,
        order: search?.order,
        ...filters,
      }),
    );

  const data = summary.data;
  return (
    <Stack>
      <Title order={1} size="h2">
        Upgrade report
      </Title>
      <ReportFiltersForm
        key={params.toString()}
        search={search ?? Object.fromEntries(params)}
        onApply={apply}
      />
      {!search && (
        <Paper withBorder p="xl">
          <Text>Choose devices and a time range, then “Show report”.</Text>
        </Paper>
      )}
      {search && summary.isPending && <PageLoader />}
      {search && summary.isError && (
        <QueryError error={summary.error} onRetry={() => void summary.refetch()} />
      )}
      {search && data?.state === 'pending' && <ReportProgress progress={data.progress} />}
      {search && data?.state === 'ready' && (
        <>
          <ReportOverview
            report={data}
            exportUrl={reportExportUrl(search)}
            onCount={(count) => update({ count, page: 1 })}
            onBucket={(bucket) => update({ bucket })}
          />
          <Paper withBorder p="md">
            <ReportTable
              rows={data.rows}
              sort={search.sort ?? 'sendTime'}
              order={search.order ?? 'desc'}
              onSort={(sort, order) => update({ sort, order, page: 1 })}
              onPage={(page) => update({ page })}
            />
          </Paper>
        </>
      )}
    </Stack>
  );
}
