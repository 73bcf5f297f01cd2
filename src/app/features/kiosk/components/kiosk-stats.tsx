import { useLingui } from '@lingui/react';
import { IconCircleCheck, IconCircleX, IconProgress } from '@tabler/icons-react';
import { memo } from 'react';

import type { StatusCounts } from '../../../../shared/contract/reports';
import { REPORT_STATUS_META } from '../../../../shared/report/statuses';
import { percentOf } from '../../reports/utils/percent-of';
import classes from './kiosk.module.css';

const colorOf = (key: string) => REPORT_STATUS_META.find((meta) => meta.key === key)?.color;

/** The three headline counts, read across a room (in the manner of ui.mantine.dev's StatsGrid). */
export const KioskStats = memo(function KioskStats({ counts }: { counts: StatusCounts }) {
  const { i18n } = useLingui();
  // Up to five characters, so a headline count always fits its third of the panel.
  const headline = (value: number) =>
    value < 10_000
      ? i18n.number(value)
      : i18n.number(value, { notation: 'compact', maximumFractionDigits: 1 });
  const total = Object.values(counts).reduce((a, b) => a + b, 0);
  const stats = [
    {
      title: i18n._({ id: 'kiosk.stat.succeeded', message: 'Succeeded' }),
      value: counts.succeeded,
      icon: IconCircleCheck,
      key: 'succeeded',
    },
    {
      title: i18n._({ id: 'kiosk.stat.failed', message: 'Failed' }),
      value: counts.failed + counts.sendFailed,
      icon: IconCircleX,
      key: 'failed',
    },
    {
      title: i18n._({ id: 'kiosk.stat.inProgress', message: 'In progress' }),
      value: counts.waiting + counts.downloading,
      icon: IconProgress,
      key: 'downloading',
    },
  ];
  return (
    <div className={classes.stats}>
      {stats.map((stat) => (
        <div key={stat.key} className={classes.stat} data-testid="kiosk-stat">
          <div className={classes.statTitle}>
            <stat.icon className={classes.statIcon} color={colorOf(stat.key)} aria-hidden />
            <span>{stat.title}</span>
          </div>
          <div
            className={classes.statValue}
            aria-label={i18n._({
              id: 'kiosk.stat.label',
              message: '{title}: {value}',
              values: { title: stat.title, value: stat.value },
            })}
            data-testid="kiosk-headline"
          >
            {headline(stat.value)}
          </div>
          <div className={classes.statPercent}>{percentOf(stat.value, total)}</div>
        </div>
      ))}
    </div>
  );
});
