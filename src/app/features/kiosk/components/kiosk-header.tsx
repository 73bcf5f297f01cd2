import { IconAlertTriangle } from '@tabler/icons-react';

import { formatAge, formatZoned } from '../utils/zoned-time';
import classes from './kiosk.module.css';
import { useNow } from './use-rotation';

/** Title, the figures' time (date, time, zone) and age, a warning while refreshes fail, the page. */
export function KioskHeader({
  updatedAt,
  zone,
  stale,
  refreshSeconds,
  page,
  pageCount,
}: {
  updatedAt: number | null;
  zone: string;
  stale: boolean;
  refreshSeconds: number;
  page: number;
  pageCount: number;
}) {
  const now = useNow(10_000);
  const age = updatedAt === null ? 0 : now - updatedAt;
  // Figures older than a few refreshes say how old they are, even when the screen is connected
  // (the BFF serves its last figures while the upstream is down).
  const showAge = updatedAt !== null && (stale || age > refreshSeconds * 3000);
  return (
    <header className={classes.header}>
      <h1 className={classes.title}>Upgrade status</h1>
      <div className={classes.headerEnd}>
        {stale && (
          <p role="alert" className={classes.stale}>
            <IconAlertTriangle className={classes.staleIcon} aria-hidden />
            Connection lost — showing the last figures, retrying
          </p>
        )}
        <p className={classes.updated} aria-live="polite">
          {updatedAt === null ? 'Loading…' : `Updated ${formatZoned(updatedAt, zone)}`}
          {showAge && <span className={classes.age}> · {formatAge(age)} ago</span>}
        </p>
        {pageCount > 1 && (
          <p className={classes.pager} aria-label={`Page ${page + 1} of ${pageCount}`}>
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
