import '@mantine/charts/styles.css';

import { DonutChart } from '@mantine/charts';

import classes from './kiosk.module.css';

export interface KioskDonutProps {
  ring: Array<{ name: string; value: number; color: string }>;
  size: number;
  /** The total in the ring's middle, as written on screen. */
  total: string;
  /** Outlines the cells; an empty ring has none. */
  outlined: boolean;
  chartId: string;
}

/**
 * The distribution's ring (the chart library: about 100 kB gzip, loaded apart after the board's
 * first paint, see kiosk-distribution.tsx). `chartId` names the pie, the same on every mount.
 */
export function KioskDonut({ ring, size, total, outlined, chartId }: KioskDonutProps) {
  return (
    <DonutChart
      data={ring}
      size={size}
      thickness={Math.max(4, Math.round(size / 6.5))}
      withLabels={false}
      withTooltip={false}
      strokeWidth={outlined ? 1 : 0}
      chartLabel={total}
      aria-hidden
      pieChartProps={{ accessibilityLayer: false }}
      pieProps={{ id: chartId, rootTabIndex: -1, isAnimationActive: false }}
      style={{ '--kiosk-donut-label': `${Math.round(size / 7)}px` }}
      className={classes.donutChart}
    />
  );
}
