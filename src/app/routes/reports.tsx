import { useLingui } from '@lingui/react';
import { Paper, Stack, Text, Title } from '@mantine/core';
import { useQuery } from '@tanstack/react-query';
import { Suspense, useDeferredValue, useEffect, useState } from 'react';
import { useSearchParams } from 'react-router';

import type { ReportFilters, ReportSort } from '../../shared/contract/reports';
import { PageLoader } from '../components/page-loader';
import { ProductContext } from '../components/product-context';
import { QueryError } from '../components/query-error';
import { hasDeviceSelection, withReportDefaults } from '../features/reports/api/report-defaults';
import {
  reportExportUrl,
  reportProductsQueryOptions,
  useReportSummary,
} from '../features/reports/api/report-queries';
import {
  readReportSearch,
  type ReportSearch,
  reportSearchString,
} from '../features/reports/api/report-search';
import { stuckQueryOf } from '../features/reports/api/stuck-queries';
import {
  ReportFiltersForm,
  ReportProgress,
  ReportTable,
  StuckDevices,
} from '../features/reports/components/deferred-parts';
import { ReportDeviceNotes } from '../features/reports/components/report-device-notes';
import { ReportFiltersStandIn } from '../features/reports/components/report-filters-stand-in';
import { ReportOverview } from '../features/reports/components/report-overview';
import { useStableHandler } from '../features/reports/components/use-stable-handler';
import { useAddressRemountKey } from '../hooks/use-address-remount-key';
import { usePerformanceMark } from '../hooks/use-performance-mark';

export default function ReportsRoute() {
  const [urlParams, setParams] = useSearchParams();
  // A first visit shows a report at once: the first product over the last 7 days. The defaults go
  // into the URL in place of the bare address (so Back does not come back here to add them again);
  // this render already uses them, so the form does not remount when the URL catches up.
  const products = useQuery(reportProductsQueryOptions());
  const waitingForProducts = !hasDeviceSelection(urlParams) && products.isPending;
  const defaults = waitingForProducts
    ? null
    : withReportDefaults(urlParams, products.data?.items[0]?.productKey);
  const defaultsText = defaults?.toString();
  useEffect(() => {
    if (defaultsText !== undefined) setParams(defaultsText, { replace: true });
  }, [defaultsText, setParams]);
  const params = defaults ?? urlParams;
  // The form re-reads the address only when it changes from outside (Back, a link): a change the
  // page made itself must not remount it, or typing right after "Show report" or a preset is lost.
  const formKey = useAddressRemountKey(params.toString());
  // Filters refused on the form: the results below were for the previous ones, so they go.
  const [refusedAt, setRefusedAt] = useState<string | null>(null);
  const stale = refusedAt === params.toString();
  const search = readReportSearch(params);
  // `show=stuck` (the kiosk's stuck count links here): the stuck devices take the table's place,
  // and the summary is asked for figures only.
  const stuckHours = search?.show === 'stuck' ? search.stuckHours : undefined;
  const summary = useReportSummary(
    search && stuckHours !== undefined
      ? { ...search, show: undefined, page: undefined, pageSize: 0 }
      : search,
  );
  // The bench's "figures on screen" time (issue 18: under 1 s with a warm report store).
  usePerformanceMark('report-figures-shown', !stale && summary.data?.state === 'ready');
  // The form's code loads once the first view (figures, progress, an error) is on screen; until
  // then a stand-in of the same size holds its place.
  const settled = !waitingForProducts && (!search || stale || !summary.isPending);
  // Read the address bar at click time: a click right after a change must not undo it.
  const update = (patch: Partial<ReportSearch>) => {
    const current = readReportSearch(new URLSearchParams(window.location.search)) ?? search ?? {};
    const next = reportSearchString({ ...current, ...patch });
    formKey.expect(next);
    setParams(next);
  };
  const apply = (filters: Partial<ReportFilters>) => {
    setRefusedAt(null);
    const next = reportSearchString({
      count: search?.count,
      bucket: search?.bucket,
      sort: search?.sort,
      order: search?.order,
      show: search?.show,
      stuckHours: search?.stuckHours,
      ...filters,
    });
    formKey.expect(next);
    setParams(next);
  };

  // The records table is memoised: its handlers keep their identity.
  const sortRecords = useStableHandler((sort: ReportSort, order: 'asc' | 'desc') =>
    update({ sort, order, page: 1 }),
  );
  const pageRecords = useStableHandler((page: number) => update({ page }));

  const data = summary.data;
  // A new page of records (pushed figures, a sort) is drawn in a transition: in slices.
  const records = useDeferredValue(data?.state === 'ready' ? data.rows : undefined);
  const { i18n } = useLingui();
  return (
    <Stack>
      <Title order={1} size="h2">
        {i18n._({ id: 'report.title', message: 'Upgrade report' })}
      </Title>
      {search?.productKey && <ProductContext productKey={search.productKey} current="report" />}
      {waitingForProducts ? (
        <PageLoader />
      ) : (
        <ReportFiltersForm
          key={formKey.key}
          ready={settled}
          fallback={<ReportFiltersStandIn search={search ?? Object.fromEntries(params)} />}
          search={search ?? Object.fromEntries(params)}
          onApply={apply}
          // The address at refusal time: a preset's navigation may not have rendered yet.
          onInvalid={() => setRefusedAt(new URLSearchParams(window.location.search).toString())}
        />
      )}
      {!search && !waitingForProducts && (
        <Paper withBorder p="xl">
          <Text>
            {i18n._({
              id: 'report.choose',
              message: 'Choose devices and a time range, then “Show report”.',
            })}
          </Text>
        </Paper>
      )}
      {stale && (
        <Paper withBorder p="xl" role="status">
          <Text>
            {i18n._({
              id: 'report.cleared',
              message:
                'The report is cleared: its filters were changed to ones it cannot show. Correct them, then “Show report”.',
            })}
          </Text>
        </Paper>
      )}
      {search && !stale && summary.isPending && <PageLoader />}
      {search && !stale && summary.isError && (
        <QueryError error={summary.error} onRetry={() => void summary.refetch()} />
      )}
      {search && !stale && data?.state === 'pending' && (
        <Suspense fallback={<PageLoader />}>
          <ReportProgress progress={data.progress} />
        </Suspense>
      )}
      {search && !stale && data?.state === 'ready' && (
        <>
          <ReportDeviceNotes report={data} />
          <ReportOverview
            report={data}
            exportUrl={reportExportUrl(search, i18n.locale)}
            onCount={(count) => update({ count, page: 1 })}
            onBucket={(bucket) => update({ bucket })}
          />
          {/* Last on the page: nothing below them moves when they arrive. */}
          {stuckHours !== undefined ? (
            <StuckDevices
              fallback={null}
              query={stuckQueryOf({ ...search, stuckHours })}
              syncedAt={data.syncedAt}
              onPage={(page) => update({ page })}
              allRecordsHref={`/reports?${reportSearchString({ ...search, show: undefined, stuckHours: undefined, page: undefined })}`}
            />
          ) : (
            <ReportTable
              // Only a mark to watch: the records mount when it nears the screen (last on the page).
              fallback={<div style={{ height: 1 }} aria-hidden data-records-placeholder />}
              rows={records ?? data.rows}
              sort={search.sort ?? 'sendTime'}
              order={search.order ?? 'desc'}
              onSort={sortRecords}
              onPage={pageRecords}
            />
          )}
        </>
      )}
    </Stack>
  );
}
