import { Loader, Paper, Progress, Stack, Text, Title } from '@mantine/core';
import { memo } from 'react';

import type { KioskConfig, KioskPanel as Panel } from '../../../../shared/contract/reports';
import { StatusDistribution } from '../../reports/components/status-distribution';
import type { KioskPanelFigures } from '../api/kiosk-queries';
import classes from './kiosk.module.css';
import { KioskStats } from './kiosk-stats';

/** The donut, drawn again only when the counts change. */
const Distribution = memo(StatusDistribution);

/**
 * One product or firmware on the big screen; it keeps its last figures when a refresh fails. Its
 * props come from `combineKioskPanels` and stay the same while the figures do, so it is memoised.
 */
export const KioskPanel = memo(function KioskPanel({
  panel,
  range,
  counts,
  devicesWithRecords,
  progress,
  hasData,
  failing,
}: KioskPanelFigures & { panel: Panel; range: KioskConfig['range'] }) {
  return (
    <Paper
      withBorder
      radius="md"
      p="md"
      className={classes.panel}
      data-failing={failing || undefined}
    >
      <Stack gap="sm" h="100%">
        <Title order={2} className={classes.panelTitle}>
          {panel.title}
        </Title>
        {counts && (
          <>
            <KioskStats counts={counts} />
            <Distribution counts={counts} size="lg" label={`${panel.title} status distribution`} />
            <Text className={classes.panelFoot}>
              {devicesWithRecords > 0
                ? `Latest status of ${devicesWithRecords.toLocaleString()} devices · last ${range}`
                : `No upgrade records in the last ${range}`}
            </Text>
          </>
        )}
        {progress && (
          <Stack gap="xs">
            <Text className={classes.panelFoot}>
              {progress.phase === 'devices'
                ? `Finding devices… ${progress.done.toLocaleString()}`
                : `Loading records… ${progress.done.toLocaleString()}`}
            </Text>
            <Progress
              value={progress.total ? (progress.done / progress.total) * 100 : 100}
              animated
              aria-label={`${panel.title} loading`}
            />
          </Stack>
        )}
        {!hasData && !failing && <Loader aria-label="Loading" />}
        {!hasData && failing && (
          <Text className={classes.panelFoot}>No figures yet — retrying…</Text>
        )}
      </Stack>
    </Paper>
  );
});
