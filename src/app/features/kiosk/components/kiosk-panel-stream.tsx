import { useEffect } from 'react';

import type { ReportSearch } from '../../reports/api/report-search';
import { useReportStream } from '../../reports/api/report-stream';

/**
 * Keeps one panel's figures live by server push (the report's stream hook writes each pushed answer
 * into the panel's query cache) and tells the board whether the push is up, so it polls only while
 * it is down. `atOnce`: the stream opens on mounting (a page turn), not after the page-load delay.
 */
export function KioskPanelStream({
  index,
  search,
  onLive,
  atOnce,
}: {
  index: number;
  search: ReportSearch;
  onLive: (index: number, live: boolean) => void;
  atOnce: boolean;
}) {
  const { live } = useReportStream(search, atOnce ? { delayMs: 0 } : undefined);
  useEffect(() => onLive(index, live), [index, live, onLive]);
  return null;
}
