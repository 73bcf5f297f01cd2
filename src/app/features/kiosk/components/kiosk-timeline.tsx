import { useLingui } from '@lingui/react';
import { memo } from 'react';

import type { ReportReady } from '../../../../shared/contract/reports';
import { REPORT_STATUS_META } from '../../../../shared/report/statuses';
import { formatZonedDay, formatZonedTime } from '../utils/zoned-time';
import classes from './kiosk.module.css';
import { bucketLabel } from './kiosk-words';

/** Where the timeline starts: the hour (24 h) or the day, in the link's zone. */
const formatStart = (ms: number, bucket: ReportReady['bucket'], zone: string) =>
  bucket === 'hour' ? formatZonedTime(ms, zone) : formatZonedDay(ms, zone);

/**
 * A compact stacked bar per hour (24 h) or day of the range: the shape of the last day at a glance.
 * Plain boxes, no chart library: it must stay small and cheap on a screen that runs for weeks.
 */
export const KioskTimeline = memo(function KioskTimeline({
  timeline,
  bucket,
  rangeLabel,
  zone,
}: {
  timeline: ReportReady['timeline'];
  bucket: ReportReady['bucket'];
  rangeLabel: string;
  zone: string;
}) {
  const { i18n } = useLingui();
  const per = bucketLabel(i18n, bucket);
  const totals = timeline.map((slot) =>
    REPORT_STATUS_META.reduce((sum, meta) => sum + slot[meta.key], 0),
  );
  const max = Math.max(1, ...totals);
  const first = timeline[0];
  return (
    <figure className={classes.timeline}>
      <div
        className={classes.bars}
        role="img"
        aria-label={i18n._({
          id: 'kiosk.timeline.label',
          message: 'Status counts {per}, {range}',
          values: { per, range: rangeLabel },
        })}
        data-testid="kiosk-timeline"
      >
        {timeline.map((slot, i) => (
          <div
            key={slot.at}
            className={classes.bar}
            style={{ height: `${(totals[i]! / max) * 100}%` }}
          >
            {REPORT_STATUS_META.map((meta) =>
              slot[meta.key] > 0 ? (
                <div
                  key={meta.key}
                  style={{ flexGrow: slot[meta.key], backgroundColor: meta.color }}
                />
              ) : null,
            )}
          </div>
        ))}
      </div>
      <figcaption className={classes.timelineCaption}>
        <span>{first ? formatStart(Date.parse(first.at), bucket, zone) : ''}</span>
        <span>
          {i18n._({
            id: 'kiosk.timeline.caption',
            message: '{range}, {per}',
            values: { per, range: rangeLabel },
          })}
        </span>
        <span>{i18n._({ id: 'kiosk.timeline.now', message: 'now' })}</span>
      </figcaption>
    </figure>
  );
});
