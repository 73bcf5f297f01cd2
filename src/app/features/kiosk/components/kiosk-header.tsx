import { useLingui } from '@lingui/react';
import { IconAlertTriangle } from '@tabler/icons-react';

import { formatAge, formatZoned } from '../utils/zoned-time';
import classes from './kiosk.module.css';
import { useNow } from './use-rotation';

/** Title, the figures' time (date, time, zone) and age, a warning while refreshes fail, the page. */
export function KioskHeader({
  updatedAt,
  zone,
  stale,
  dataStale,
  refreshSeconds,
  page,
  pageCount,
}: {
  updatedAt: number | null;
  zone: string;
  stale: boolean;
  /** The BFF serves its last figures: its own sync failed. */
  dataStale: boolean;
  refreshSeconds: number;
  page: number;
  pageCount: number;
}) {
  const { i18n } = useLingui();
  const now = useNow(5_000);
  const age = updatedAt === null ? 0 : now - updatedAt;
  // Figures older than a few refreshes say how old they are, even when the screen is connected
  // (the BFF serves its last figures while the upstream is down).
  const showAge = updatedAt !== null && (stale || dataStale || age > refreshSeconds * 3000);
  return (
    <header className={classes.header}>
      <h1 className={classes.title}>{i18n._({ id: 'kiosk.title', message: 'Upgrade status' })}</h1>
      <div className={classes.headerEnd}>
        {stale && (
          <p role="alert" className={classes.stale}>
            <IconAlertTriangle className={classes.staleIcon} aria-hidden />
            {i18n._({
              id: 'kiosk.connectionLost',
              message: 'Connection lost — showing the last figures, retrying',
            })}
          </p>
        )}
        <p className={classes.updated} aria-live="polite">
          {updatedAt === null
            ? i18n._({ id: 'common.loading', message: 'Loading' })
            : i18n._({
                id: 'kiosk.updated',
                message: 'Updated {time}',
                values: { time: formatZoned(updatedAt, zone) },
              })}
          {showAge && (
            <span className={classes.age}>
              {' · '}
              {i18n._({
                id: 'kiosk.age',
                message: '{age} ago',
                values: { age: formatAge(age, i18n.locale) },
              })}
            </span>
          )}
        </p>
        {pageCount > 1 && (
          <p
            className={classes.pager}
            // A picture of dots: its name says the page (a plain <p> may not carry a name).
            role="img"
            aria-label={i18n._({
              id: 'kiosk.page',
              message: 'Page {page} of {count}',
              values: { page: page + 1, count: pageCount },
            })}
          >
            {Array.from({ length: pageCount }, (_, i) => (
              <span key={i} className={classes.dot} data-current={i === page || undefined} />
            ))}
            <span aria-hidden>
              {page + 1}/{pageCount}
            </span>
          </p>
        )}
      </div>
    </header>
  );
}
