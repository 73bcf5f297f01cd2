import { useLingui } from '@lingui/react';

import { formatTime, formatTimeParts, type TimeFormatOptions, type TimeValue } from './format-time';
import { useTimeZone } from './use-time-zone';
import classes from './zoned-time.module.css';

interface ZonedTimeProps extends Omit<TimeFormatOptions, 'locale'> {
  value: TimeValue;
  /** Date, clock and zone each stay whole, and may go on separate lines (narrow columns). */
  wrap?: boolean;
}

/**
 * A time as the user chose to see them (UTC or the browser's zone), naming its zone, in a
 * `<time>` element; hovering shows it in the other zone too.
 */
export function ZonedTime({ value, wrap = false, ...options }: ZonedTimeProps) {
  const { zone } = useTimeZone();
  const { i18n } = useLingui();
  const parts = formatTimeParts(value, zone, { ...options, locale: i18n.locale });
  if (!parts) return <span>{formatTime(value, zone)}</span>;
  const other = zone === 'UTC' ? undefined : formatTime(parts.iso, 'UTC', { locale: i18n.locale });
  return (
    <time dateTime={parts.iso} title={other}>
      {wrap ? (
        <>
          <span className={classes.whole}>{parts.date}</span>
          {parts.separator}
          <span className={classes.whole}>{parts.time}</span>{' '}
          <span className={classes.whole}>{parts.zone}</span>
        </>
      ) : (
        `${parts.date}${parts.separator}${parts.time} ${parts.zone}`
      )}
    </time>
  );
}
