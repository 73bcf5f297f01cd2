import { useEffect } from 'react';

/** The User Timing mark a page sets in the frame that paints its main content. */
export const PAGE_SHOWN_MARK = 'page-shown';
/** The marks that tell a page's content is on screen (the report page sets its own). */
const SHOWN_MARKS = new Set([PAGE_SHOWN_MARK, 'report-figures-shown']);

/** Marks the page shown in the frame after `shown` turns true (its data, or its error, rendered). */
export function usePageShownMark(shown: boolean) {
  useEffect(() => {
    if (!shown) return;
    const frame = requestAnimationFrame(() => performance.mark(PAGE_SHOWN_MARK));
    return () => cancelAnimationFrame(frame);
  }, [shown]);
}

type MarkWindow = Pick<Window, 'setTimeout' | 'clearTimeout'> & {
  PerformanceObserver?: typeof PerformanceObserver;
};

/**
 * Resolves once the page has marked its content shown (an earlier mark counts), or after
 * `limitMs` for a page that sets no mark or a browser without PerformanceObserver.
 */
export function pageContentShown(win: MarkWindow = window, limitMs = 3000): Promise<void> {
  return new Promise((done) => {
    const Observer = win.PerformanceObserver;
    const observer =
      Observer &&
      new Observer((list) => {
        if (list.getEntries().some((entry) => SHOWN_MARKS.has(entry.name))) finish();
      });
    const limit = win.setTimeout(finish, limitMs);
    function finish() {
      observer?.disconnect();
      win.clearTimeout(limit);
      done();
    }
    observer?.observe({ type: 'mark', buffered: true });
  });
}
