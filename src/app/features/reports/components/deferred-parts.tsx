import { lazy, type ReactNode, Suspense, useEffect, useState } from 'react';

import { useAfterPaint } from '../../../hooks/use-after-paint';

// The report's parts that are not its figures: their code loads after the figures are on screen,
// so the first view waits only for the summary's code (see routes/reports.tsx).

export const ReportFiltersForm = lazy(() =>
  import('./report-filters').then((m) => ({ default: m.ReportFiltersForm })),
);
export const ReportTable = lazy(() =>
  import('./report-table').then((m) => ({ default: m.ReportTable })),
);
export const StuckDevices = lazy(() =>
  import('./stuck-devices').then((m) => ({ default: m.StuckDevices })),
);
export const ReportProgress = lazy(() =>
  import('./report-progress').then((m) => ({ default: m.ReportProgress })),
);

/**
 * True from the frame after one where `settled` was true (the page's first view painted: figures,
 * progress, an error or a prompt), and from then on.
 */
export function useSettledAfterPaint(settled: boolean): boolean {
  const [painted, setPainted] = useState(false);
  useEffect(() => {
    if (!settled || painted) return;
    let timer = 0;
    const frame = requestAnimationFrame(() => {
      timer = window.setTimeout(() => setPainted(true));
    });
    return () => {
      cancelAnimationFrame(frame);
      window.clearTimeout(timer);
    };
  }, [settled, painted]);
  return painted;
}

/**
 * The children once the frame that shows what is above them has painted. They are the last thing
 * on the page, so nothing below them moves when they arrive.
 */
export function AfterPaint({ children }: { children: ReactNode }) {
  const painted = useAfterPaint();
  return painted ? <Suspense fallback={null}>{children}</Suspense> : null;
}
