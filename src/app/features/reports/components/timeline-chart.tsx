import '@mantine/charts/styles.css';

import { BarChart } from '@mantine/charts';
import dayjs from 'dayjs';
import utc from 'dayjs/plugin/utc';

import type { ReportReady } from '../../../../shared/contract/reports';
import { REPORT_STATUS_META } from '../../../../shared/report/statuses';

dayjs.extend(utc);

const number = new Intl.NumberFormat();
const SERIES = REPORT_STATUS_META.map((meta) => ({
  name: meta.key,
  label: meta.name,
  color: meta.color,
}));
const SERIES_ORDER = SERIES.map((series) => series.name as string);
/** The legend in status order (-1, 1, 2, 3, 4), as in the distribution; recharts sorts by name. */
const byStatus = (item: { dataKey?: unknown }) => SERIES_ORDER.indexOf(String(item.dataKey));

/** Status counts per UTC hour or day over the range, stacked (loaded apart: see status-timeline.tsx). */
export function TimelineChart({ report, height }: { report: ReportReady; height: number }) {
  const format = report.bucket === 'hour' ? 'MM-DD HH:00' : 'MM-DD';
  const data = report.timeline.map((slot) => ({ ...slot, at: dayjs.utc(slot.at).format(format) }));
  return (
    <BarChart
      h={height}
      data={data}
      dataKey="at"
      type="stacked"
      series={SERIES}
      valueFormatter={(value) => number.format(value)}
      withLegend
      legendProps={{ verticalAlign: 'bottom', itemSorter: byStatus }}
      tickLine="x"
      gridAxis="y"
      xAxisLabel={`UTC ${report.bucket === 'hour' ? 'hour' : 'day'}`}
      aria-label={`Status counts per ${report.bucket}`}
      role="img"
    />
  );
}
