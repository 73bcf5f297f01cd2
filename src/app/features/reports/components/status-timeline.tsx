import { Box } from '@mantine/core';
import { useDeferredValue } from 'react';

import type { ReportReady } from '../../../../shared/contract/reports';
import { TimelineChart } from './deferred-parts';

/** Height of the timeline chart, legend included; its place is kept while the chart loads. */
export const TIMELINE_HEIGHT = 320;

/** Status counts per UTC hour or day over the range, stacked. */
export function StatusTimeline({ report }: { report: ReportReady }) {
  // New figures (pushed, or another bucket) are drawn in a transition: React renders them in slices.
  const drawn = useDeferredValue(report);
  // The charting library is the page's heaviest part: it loads after the figures are on screen.
  return (
    <TimelineChart
      fallback={<Box h={TIMELINE_HEIGHT} aria-hidden data-chart-placeholder />}
      timeline={drawn.timeline}
      bucket={drawn.bucket}
      height={TIMELINE_HEIGHT}
    />
  );
}
