import { Loader, Progress } from '@mantine/core';
import { memo } from 'react';

import type { KioskConfig, KioskPanel as Panel } from '../../../../shared/contract/kiosk';
import type { KioskPanelFigures } from '../api/kiosk-queries';
import classes from './kiosk.module.css';
import { KioskDistribution } from './kiosk-distribution';
import { KioskStats } from './kiosk-stats';
import { KioskTimeline } from './kiosk-timeline';

const RANGE_LABEL: Record<KioskConfig['range'], string> = {
  '24h': 'last 24 h',
  '7d': 'last 7 days',
  '30d': 'last 30 days',
};

/**
 * One product or firmware on the big screen; it keeps its last figures when a refresh fails. Its
 * props come from `combineKioskPanels` and stay the same while the figures do, so it is memoised.
 */
export const KioskPanel = memo(function KioskPanel({
  panel,
  range,
  zone,
  counts,
  timeline,
  bucket,
  devicesWithRecords,
  progress,
  hasData,
  failing,
}: KioskPanelFigures & {
  panel: Panel;
  range: KioskConfig['range'];
  zone: string;
}) {
  const rangeLabel = RANGE_LABEL[range];
  return (
    <section
      className={classes.panel}
      aria-labelledby={`kiosk-${panel.productKey ?? panel.firmwareId}`}
      data-failing={failing || undefined}
      data-testid="kiosk-panel"
    >
      <div className={classes.panelInner}>
        <h2 id={`kiosk-${panel.productKey ?? panel.firmwareId}`} className={classes.panelTitle}>
          {panel.title}
        </h2>
        {counts && (
          <>
            <KioskStats counts={counts} />
            <KioskDistribution counts={counts} label={`${panel.title} status distribution`} />
            {timeline && (
              <KioskTimeline
                timeline={timeline}
                bucket={bucket}
                rangeLabel={rangeLabel}
                zone={zone}
              />
            )}
            <p className={classes.panelFoot}>
              {devicesWithRecords > 0
                ? `Latest status of ${devicesWithRecords.toLocaleString('en-US')} devices, ${rangeLabel}`
                : `No upgrade records, ${rangeLabel}`}
            </p>
          </>
        )}
        {progress && (
          <div className={classes.progress}>
            <p className={classes.panelFoot}>
              {progress.phase === 'devices'
                ? `Finding devices… ${progress.done.toLocaleString('en-US')}`
                : `Loading records… ${progress.done.toLocaleString('en-US')}`}
            </p>
            <Progress
              value={progress.total ? (progress.done / progress.total) * 100 : 100}
              animated
              aria-label={`${panel.title} loading`}
            />
          </div>
        )}
        {!hasData && !failing && <Loader aria-label="Loading" />}
        {!hasData && failing && <p className={classes.panelFoot}>No figures yet — retrying…</p>}
      </div>
    </section>
  );
});
