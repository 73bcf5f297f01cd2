import '@mantine/charts/styles.css';

import { useLingui } from '@lingui/react';
import { DonutChart } from '@mantine/charts';
import { memo } from 'react';

import classes from './status-distribution.module.css';

interface StatusDonutProps {
  ring: Array<{ name: string; value: number; color: string }>;
  size: number;
  labels: boolean;
  total: number;
}

type Ring = StatusDonutProps['ring'];
const sameRing = (a: Ring, b: Ring) =>
  a.length === b.length &&
  a.every((cell, i) => {
    const other = b[i]!;
    return cell.name === other.name && cell.value === other.value && cell.color === other.color;
  });

/**
 * The distribution's donut (loaded apart from the figures: see status-distribution.tsx). Fresh
 * figures with the same counts and words do not draw it again.
 */
export const StatusDonut = memo(
  function StatusDonut({ ring, size, labels, total }: StatusDonutProps) {
    const { i18n } = useLingui();
    return (
      <DonutChart
        data={ring}
        size={size}
        thickness={Math.round(size / 6.5)}
        withLabels={labels}
        withLabelsLine={labels}
        withTooltip={total > 0}
        strokeWidth={total > 0 ? 1 : 0}
        labelsType="percent"
        chartLabel={i18n.number(total)}
        valueFormatter={(value) => i18n.number(value)}
        tooltipDataSource="segment"
        aria-hidden
        // The list beside it carries the figures; nothing inside the hidden chart may take focus.
        pieChartProps={{ accessibilityLayer: false }}
        pieProps={{ rootTabIndex: -1 }}
        className={classes.chart}
      />
    );
  },
  (before, after) =>
    before.size === after.size &&
    before.labels === after.labels &&
    before.total === after.total &&
    sameRing(before.ring, after.ring),
);
