import '@mantine/charts/styles.css';

import { useLingui } from '@lingui/react';
import { BarChart } from '@mantine/charts';
import dayjs from 'dayjs';
import utc from 'dayjs/plugin/utc';
import { memo } from 'react';

import type { ReportReady } from '../../../../shared/contract/reports';
import { REPORT_STATUS_META } from '../../../../shared/report/statuses';
import { statusLabel } from '../utils/report-words';

dayjs.extend(utc);

const SERIES_ORDER = REPORT_STATUS_META.map((meta) => meta.key as string);
/** The legend in status order (-1, 1, 2, 3, 4), as in the distribution; recharts sorts by name. */
const byStatus = (item: { dataKey?: unknown }) => SERIES_ORDER.indexOf(String(item.dataKey));

interface TimelineChartProps {
  timeline: ReportReady['timeline'];
  bucket: ReportReady['bucket'];
  height: number;
}

/**
 * Status counts per UTC hour or day over the range, stacked (loaded apart: see status-timeline.tsx).
 * Memoised: fresh figures that leave the timeline as it was (the cache keeps its object) do not
 * draw the chart again.
 */
export const TimelineChart = memo(function TimelineChart({
  timeline,
  bucket,
  height,
}: TimelineChartProps) {
  const { i18n } = useLingui();
  const series = REPORT_STATUS_META.map((meta) => ({
    name: meta.key,
    label: statusLabel(i18n, meta.key),
    color: meta.color,
  }));
  const format = bucket === 'hour' ? 'MM-DD HH:00' : 'MM-DD';
  const data = timeline.map((slot) => ({ ...slot, at: dayjs.utc(slot.at).format(format) }));
  return (
    <BarChart
      h={height}
      data={data}
      dataKey="at"
      type="stacked"
      series={series}
      valueFormatter={(value) => i18n.number(value)}
      withLegend
      legendProps={{ verticalAlign: 'bottom', itemSorter: byStatus }}
      tickLine="x"
      gridAxis="y"
      xAxisLabel={
        bucket === 'hour'
          ? i18n._({ id: 'report.chart.utcHour', message: 'UTC hour' })
          : i18n._({ id: 'report.chart.utcDay', message: 'UTC day' })
      }
      aria-label={
        bucket === 'hour'
          ? i18n._({ id: 'report.chart.perHour', message: 'Status counts per hour' })
          : i18n._({ id: 'report.chart.perDay', message: 'Status counts per day' })
      }
      role="img"
    />
  );
});
