import { Loader, Paper, Progress, Stack, Text, Title } from '@mantine/core';
import type { UseQueryResult } from '@tanstack/react-query';

import type {
  KioskConfig,
  KioskPanel as Panel,
  ReportSummary,
} from '../../../../shared/contract/reports';
import { StatusDistribution } from '../../reports/components/status-distribution';
import classes from './kiosk.module.css';
import { KioskStats } from './kiosk-stats';

/** One product or firmware on the big screen; it keeps its last figures when a refresh fails. */
export function KioskPanel({
  panel,
  config,
  query,
}: {
  panel: Panel;
  config: KioskConfig;
  query: UseQueryResult<ReportSummary>;
}) {
  const data = query.data;
  const ready = data?.state === 'ready' ? data : null;
  return (
    <Paper
      withBorder
      radius="md"
      p="md"
      className={classes.panel}
      data-failing={query.isError || undefined}
    >
      <Stack gap="sm" h="100%">
        <Title order={2} className={classes.panelTitle}>
          {panel.title}
        </Title>
        {ready && (
          <>
            <KioskStats counts={ready.counts} />
            <StatusDistribution
              counts={ready.counts}
              size="lg"
              label={`${panel.title} status distribution`}
            />
            <Text className={classes.panelFoot}>
              {ready.devicesWithRecords > 0
                ? `Latest status of ${ready.devicesWithRecords.toLocaleString()} devices · last ${config.range}`
                : `No upgrade records in the last ${config.range}`}
            </Text>
          </>
        )}
        {data?.state === 'pending' && (
          <Stack gap="xs">
            <Text className={classes.panelFoot}>
              {data.progress.phase === 'devices'
                ? `Finding devices… ${data.progress.done.toLocaleString()}`
                : `Loading records… ${data.progress.done.toLocaleString()}`}
            </Text>
            <Progress
              value={data.progress.total ? (data.progress.done / data.progress.total) * 100 : 100}
              animated
              aria-label={`${panel.title} loading`}
            />
          </Stack>
        )}
        {!data && !query.isError && <Loader aria-label="Loading" />}
        {!data && query.isError && (
          <Text className={classes.panelFoot}>No figures yet — retrying…</Text>
        )}
      </Stack>
    </Paper>
  );
}
