import { useLingui } from '@lingui/react';
import { Box, Group, Stack, Text } from '@mantine/core';
import { useDeferredValue } from 'react';

import type { StatusCounts } from '../../../../shared/contract/reports';
import { REPORT_STATUS_META } from '../../../../shared/report/statuses';
import { percentOf } from '../utils/percent-of';
import { statusLabel } from '../utils/report-words';
import { StatusDonut } from './deferred-parts';
import classes from './status-distribution.module.css';

/** Room Mantine's DonutChart keeps around its ring for labels (its `--chart-size`). */
const DONUT_LABELS_PX = 80;

interface StatusDistributionProps {
  counts: StatusCounts;
  /** The kiosk draws it large, for reading across a room. */
  size?: 'md' | 'lg' | 'xl';
  /** The list's accessible name. */
  label: string;
}

/** The five report statuses as a donut, with every count and percentage printed beside it. */
export function StatusDistribution({ counts, size = 'md', label }: StatusDistributionProps) {
  const { i18n } = useLingui();
  const total = REPORT_STATUS_META.reduce((sum, meta) => sum + counts[meta.key], 0);
  // New counts redraw the donut in a transition (sliced), after the figures beside it show them.
  const drawn = useDeferredValue(counts);
  const drawnTotal = REPORT_STATUS_META.reduce((sum, meta) => sum + drawn[meta.key], 0);
  const data = REPORT_STATUS_META.map((meta) => ({
    name: statusLabel(i18n, meta.key),
    value: drawn[meta.key],
    color: meta.color,
  })).filter((cell) => cell.value > 0);
  // With no records an empty ring keeps the chart's place and says "nothing here" at a glance.
  const ring =
    drawnTotal > 0
      ? data
      : [
          {
            name: i18n._({ id: 'report.noRecords', message: 'No records' }),
            value: 1,
            color: 'var(--mantine-color-default-border)',
          },
        ];
  const big = size !== 'md';
  const donut = { md: 190, lg: 190, xl: 280 }[size];
  const labels = !big && drawnTotal > 0;
  // The chart's box: Mantine's DonutChart adds 80 px around the ring for outside labels.
  const box = donut + (labels ? DONUT_LABELS_PX : 0);
  const placeholder = (
    <Box w={box} h={box} className={classes.chart} aria-hidden data-chart-placeholder />
  );
  return (
    <Group
      gap={big ? 'lg' : 'xl'}
      wrap={big ? 'nowrap' : 'wrap'}
      justify="center"
      align="center"
      data-size={size}
      className={classes.root}
    >
      {/* The donut loads after the figures beside it are on screen; its square keeps its place. */}
      <StatusDonut
        fallback={placeholder}
        ring={ring}
        size={donut}
        labels={labels}
        total={drawnTotal}
      />
      <Stack component="ul" gap={big ? 8 : 6} className={classes.legend} aria-label={label}>
        {REPORT_STATUS_META.map((meta) => (
          <Box component="li" key={meta.key} className={classes.item} data-status={meta.status}>
            <span className={classes.swatch} style={{ backgroundColor: meta.color }} aria-hidden />
            <Text component="span" className={classes.name}>
              {statusLabel(i18n, meta.key)}
            </Text>
            <Text component="span" className={classes.count} data-testid="status-count">
              {i18n.number(counts[meta.key])}
            </Text>
            <Text component="span" className={classes.percent}>
              {percentOf(counts[meta.key], total, i18n.locale)}
            </Text>
          </Box>
        ))}
      </Stack>
    </Group>
  );
}
