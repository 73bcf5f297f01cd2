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

/** Status counts per UTC hour or day over the range, stacked. */
export function StatusTimeline({ report }: { report: ReportReady }) {
  const format = report.bucket === 'hour' ? 'MM-DD HH:00' : 'MM-DD';
  const data = report.timeline.map((slot) => ({ ...slot, at: dayjs.utc(slot.at).format(format) }));
  return (
    <BarChart
      h={260}
      data={data}
      dataKey="at"
      type="stacked"
      series={SERIES}
      valueFormatter={(value) => number.format(value)}
      withLegend
      legendProps={{ verticalAlign: 'bottom' }}
      tickLine="x"
      gridAxis="y"
      xAxisLabel={`UTC ${report.bucket === 'hour' ? 'hour' : 'day'}`}
      aria-label={`Status counts per ${report.bucket}`}
      role="img"
    />
  );
}
