import '@mantine/charts/styles.css';

import { DonutChart } from '@mantine/charts';
import { Box, Group, Stack, Text } from '@mantine/core';

import type { StatusCounts } from '../../../../shared/contract/reports';
import { REPORT_STATUS_META } from '../../../../shared/report/statuses';
import classes from './status-distribution.module.css';

const number = new Intl.NumberFormat();

export function percentOf(count: number, total: number): string {
  return `${total > 0 ? ((count / total) * 100).toFixed(1) : '0.0'}%`;
}

interface StatusDistributionProps {
  counts: StatusCounts;
  /** The kiosk draws it large, for reading across a room. */
  size?: 'md' | 'lg' | 'xl';
  label?: string;
}

/** The five report statuses as a donut, with every count and percentage printed beside it. */
export function StatusDistribution({
  counts,
  size = 'md',
  label = 'Status distribution',
}: StatusDistributionProps) {
  const total = REPORT_STATUS_META.reduce((sum, meta) => sum + counts[meta.key], 0);
  const data = REPORT_STATUS_META.map((meta) => ({
    name: meta.name,
    value: counts[meta.key],
    color: meta.color,
  })).filter((cell) => cell.value > 0);
  // With no records an empty ring keeps the chart's place and says "nothing here" at a glance.
  const ring =
    total > 0
      ? data
      : [{ name: 'No records', value: 1, color: 'var(--mantine-color-default-border)' }];
  const big = size !== 'md';
  const donut = { md: 190, lg: 190, xl: 280 }[size];
  return (
    <Group
      gap={big ? 'lg' : 'xl'}
      wrap={big ? 'nowrap' : 'wrap'}
      justify="center"
      align="center"
      data-size={size}
      className={classes.root}
    >
      <DonutChart
        data={ring}
        size={donut}
        thickness={Math.round(donut / 6.5)}
        withLabels={!big && total > 0}
        withLabelsLine={!big && total > 0}
        withTooltip={total > 0}
        strokeWidth={total > 0 ? 1 : 0}
        labelsType="percent"
        chartLabel={number.format(total)}
        valueFormatter={(value) => number.format(value)}
        tooltipDataSource="segment"
        aria-hidden
        // The list beside it carries the figures; nothing inside the hidden chart may take focus.
        pieChartProps={{ accessibilityLayer: false }}
        pieProps={{ rootTabIndex: -1 }}
        className={classes.chart}
      />
      <Stack component="ul" gap={big ? 8 : 6} className={classes.legend} aria-label={label}>
        {REPORT_STATUS_META.map((meta) => (
          <Box component="li" key={meta.key} className={classes.item} data-status={meta.status}>
            <span className={classes.swatch} style={{ backgroundColor: meta.color }} aria-hidden />
            <Text component="span" className={classes.name}>
              {meta.name}
            </Text>
            <Text component="span" className={classes.count} data-testid="status-count">
              {number.format(counts[meta.key])}
            </Text>
            <Text component="span" className={classes.percent}>
              {percentOf(counts[meta.key], total)}
            </Text>
          </Box>
        ))}
      </Stack>
    </Group>
  );
}
