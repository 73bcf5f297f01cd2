import { useLingui } from '@lingui/react';
import { Loader, Progress } from '@mantine/core';
import { memo } from 'react';

import type { KioskConfig, KioskPanel as Panel } from '../../../../shared/contract/kiosk';
import type { KioskPanelFigures } from '../api/kiosk-queries';
import classes from './kiosk.module.css';
import { KioskDistribution } from './kiosk-distribution';
import { KioskStats } from './kiosk-stats';
import { KioskTimeline } from './kiosk-timeline';
import { rangeLabel as labelOf } from './kiosk-words';

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
  stuck,
  stuckHours,
  stuckHref,
  progress,
  hasData,
  failing,
}: KioskPanelFigures & {
  panel: Panel;
  range: KioskConfig['range'];
  zone: string;
  stuckHours: number;
  stuckHref: string;
}) {
  const { i18n } = useLingui();
  const rangeLabel = labelOf(i18n, range);
  const values = { range: rangeLabel };
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
            <KioskDistribution
              counts={counts}
              chartId={`kiosk-donut-${panel.productKey ?? ''}-${panel.firmwareId ?? ''}`}
              label={i18n._({
                id: 'kiosk.panel.distribution',
                message: '{title} status distribution',
                values: { title: panel.title },
              })}
            />
            {timeline && (
              <KioskTimeline
                timeline={timeline}
                bucket={bucket}
                rangeLabel={rangeLabel}
                zone={zone}
              />
            )}
            {stuck !== null && (
              <a
                className={classes.stuck}
                href={stuckHref}
                data-stuck={stuck > 0 || undefined}
                data-testid="kiosk-stuck"
              >
                {i18n._({
                  id: 'kiosk.panel.stuck',
                  message:
                    'Stuck over {hours} h: {count, plural, one {# device} other {# devices}}',
                  values: { hours: i18n.number(stuckHours), count: stuck },
                })}
              </a>
            )}
            <p className={classes.panelFoot}>
              {devicesWithRecords > 0
                ? i18n._({
                    id: 'kiosk.panel.devices',
                    message:
                      'Latest status of {count, plural, one {# device} other {# devices}}, {range}',
                    values: { ...values, count: devicesWithRecords },
                  })
                : i18n._({
                    id: 'kiosk.panel.noRecords',
                    message: 'No upgrade records, {range}',
                    values,
                  })}
            </p>
          </>
        )}
        {progress && (
          <div className={classes.progress}>
            <p className={classes.panelFoot}>
              {progress.phase === 'devices'
                ? i18n._({
                    id: 'kiosk.panel.findingDevices',
                    message: 'Finding devices… {done}',
                    values: { done: i18n.number(progress.done) },
                  })
                : i18n._({
                    id: 'kiosk.panel.loadingRecords',
                    message: 'Loading records… {done}',
                    values: { done: i18n.number(progress.done) },
                  })}
            </p>
            <Progress
              value={progress.total ? (progress.done / progress.total) * 100 : 100}
              animated
              aria-label={i18n._({
                id: 'kiosk.panel.loading',
                message: '{title} loading',
                values: { title: panel.title },
              })}
            />
          </div>
        )}
        {!hasData && !failing && (
          <Loader aria-label={i18n._({ id: 'common.loading', message: 'Loading' })} />
        )}
        {!hasData && failing && (
          <p className={classes.panelFoot}>
            {i18n._({ id: 'kiosk.panel.retrying', message: 'No figures yet — retrying…' })}
          </p>
        )}
      </div>
    </section>
  );
});
