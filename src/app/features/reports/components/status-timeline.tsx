import { Box } from '@mantine/core';
import { lazy, Suspense } from 'react';

import type { ReportReady } from '../../../../shared/contract/reports';
import { useAfterPaint } from '../../../hooks/use-after-paint';

/** Height of the timeline chart, legend included; its place is kept while the chart loads. */
export const TIMELINE_HEIGHT = 320;

// The charting library is the page's heaviest part: it loads after the figures are on screen.
const TimelineChart = lazy(() =>
  import('./timeline-chart').then((module) => ({ default: module.TimelineChart })),
);

/** Status counts per UTC hour or day over the range, stacked. */
export function StatusTimeline({ report }: { report: ReportReady }) {
  const painted = useAfterPaint();
  const placeholder = <Box h={TIMELINE_HEIGHT} aria-hidden data-chart-placeholder />;
  if (!painted) return placeholder;
  return (
    <Suspense fallback={placeholder}>
      <TimelineChart report={report} height={TIMELINE_HEIGHT} />
    </Suspense>
  );
}
