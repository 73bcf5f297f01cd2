import { Box } from '@mantine/core';

import type { ReportReady } from '../../../../shared/contract/reports';
import { TimelineChart } from './deferred-parts';

/** Height of the timeline chart, legend included; its place is kept while the chart loads. */
export const TIMELINE_HEIGHT = 320;

/** Status counts per UTC hour or day over the range, stacked. */
export function StatusTimeline({ report }: { report: ReportReady }) {
  // The charting library is the page's heaviest part: it loads after the figures are on screen.
  return (
    <TimelineChart
      fallback={<Box h={TIMELINE_HEIGHT} aria-hidden data-chart-placeholder />}
      timeline={report.timeline}
      bucket={report.bucket}
      height={TIMELINE_HEIGHT}
    />
  );
}
