import { Paper } from '@mantine/core';
import { type ComponentProps, type ComponentType, lazy, type ReactNode, useRef } from 'react';

import { useNearViewport } from '../../../hooks/use-near-viewport';
import { partCode, usePartTurn } from './part-turns';

// The report's parts that are not its figures: their code loads after the figures are on screen,
// so the first view waits only for the summary's code (see routes/reports.tsx), and they mount one
// at a time (see part-turns.ts), in this order.
const ORDER = { form: 0, donut: 1, timeline: 2, records: 3 } as const;

// A chart's mount is the page's longest task: it waits until its place is on screen. The records
// cost less and are read after scrolling: they mount while still a screen's height away.
const IN_VIEW = '0px';
const WITHIN_A_SCREEN = '0px 0px 100% 0px';

type DeferredProps<P> = P & {
  /** Shown until the part mounts; it keeps the part's place. */
  fallback: ReactNode;
  /** The part may load (default: once its place has painted). */
  ready?: boolean;
};

/**
 * `nearView`: the part loads and mounts only once its place comes within this margin of the screen
 * (an IntersectionObserver rootMargin). On a phone the charts and the records are below the first
 * screen, and mounting them was most of the page's blocking time.
 */
function deferredPart<P extends object>(
  load: () => Promise<ComponentType<P>>,
  order: number,
  { nearView }: { nearView?: string } = {},
): ComponentType<DeferredProps<P>> {
  const code = partCode(load);
  return function DeferredPart({ fallback, ready = true, ...props }: DeferredProps<P>) {
    const place = useRef<HTMLDivElement>(null);
    const near = useNearViewport(place, nearView !== undefined && code.loaded === null, nearView);
    const Part = usePartTurn(code, order, ready && near);
    if (Part) return <Part {...(props as unknown as P)} />;
    // `display: contents`: the wrapper has no box of its own, so the fallback keeps its layout.
    return nearView !== undefined ? (
      <div ref={place} style={{ display: 'contents' }}>
        {fallback}
      </div>
    ) : (
      fallback
    );
  };
}

export const ReportFiltersForm = deferredPart(
  () => import('./report-filters').then((m) => m.ReportFiltersForm),
  ORDER.form,
);
export const StatusDonut = deferredPart(
  () => import('./status-donut').then((m) => m.StatusDonut),
  ORDER.donut,
  { nearView: IN_VIEW },
);
export const TimelineChart = deferredPart(
  () => import('./timeline-chart').then((m) => m.TimelineChart),
  ORDER.timeline,
  { nearView: IN_VIEW },
);
/** The records table in its box (the box comes with it: it has nothing to keep a place for). */
export const ReportTable = deferredPart(
  () =>
    import('./report-table').then(({ ReportTable: Table }) => {
      function ReportRecords(props: ComponentProps<typeof Table>) {
        return (
          <Paper withBorder p="md">
            <Table {...props} />
          </Paper>
        );
      }
      return ReportRecords;
    }),
  ORDER.records,
  { nearView: WITHIN_A_SCREEN },
);
export const StuckDevices = deferredPart(
  () => import('./stuck-devices').then((m) => m.StuckDevices),
  ORDER.records,
);
export const ReportProgress = lazy(() =>
  import('./report-progress').then((m) => ({ default: m.ReportProgress })),
);
