import { useLingui } from '@lingui/react';
import { useElementSize } from '@mantine/hooks';
import { lazy, memo, Suspense } from 'react';

import type { StatusCounts } from '../../../../shared/contract/reports';
import { REPORT_STATUS_META } from '../../../../shared/report/statuses';
import { useAfterPaint } from '../../../hooks/use-after-paint';
import { percentOf } from '../../reports/utils/percent-of';
import classes from './kiosk.module.css';
import { statusName } from './kiosk-words';

// The chart library loads after the board's first paint; the ring's box is sized by the panel (its
// flex share), not by the chart, so nothing moves when the ring arrives.
const KioskDonut = lazy(() => import('./kiosk-donut').then((m) => ({ default: m.KioskDonut })));

/**
 * The five statuses as a donut sized to the room it gets, and a legend naming each with its count
 * and share (colour is never the only cue). Drawn again only when the counts or the size change.
 *
 * `chartId` names the donut's pie, the same on every mount. Without it recharts names each mount
 * anew, and one of its selector caches keeps every name it was ever given (keyed under a module-level
 * initial state, so never collected): a page turn mounts its panels again, and over a week of
 * rotation that was the kiosk's growth of live JS data (see BENCHMARKS.md).
 */
export const KioskDistribution = memo(function KioskDistribution({
  counts,
  label,
  chartId,
}: {
  counts: StatusCounts;
  label: string;
  chartId: string;
}) {
  const { i18n } = useLingui();
  const { ref, width, height } = useElementSize();
  const painted = useAfterPaint();
  const size = Math.floor(Math.min(width, height));
  const total = REPORT_STATUS_META.reduce((sum, meta) => sum + counts[meta.key], 0);
  const ring =
    total > 0
      ? REPORT_STATUS_META.map((meta) => ({
          name: statusName(i18n, meta.key),
          value: counts[meta.key],
          color: meta.color,
        })).filter((cell) => cell.value > 0)
      : [{ name: '-', value: 1, color: 'var(--mantine-color-dark-4)' }];
  return (
    <div className={classes.distribution}>
      <div className={classes.distributionBody}>
        <div ref={ref} className={classes.donut} data-testid="kiosk-donut">
          {painted && size > 20 && (
            <Suspense fallback={null}>
              <KioskDonut
                ring={ring}
                size={size}
                total={i18n.number(total)}
                outlined={total > 0}
                chartId={chartId}
              />
            </Suspense>
          )}
        </div>
        <ul className={classes.legend} aria-label={label}>
          {REPORT_STATUS_META.map((meta) => (
            <li key={meta.key} className={classes.legendRow} data-status={meta.status}>
              <span
                className={classes.swatch}
                style={{ backgroundColor: meta.color }}
                aria-hidden
              />
              <span className={classes.legendName}>{statusName(i18n, meta.key)}</span>
              <span className={classes.legendCount}>{i18n.number(counts[meta.key])}</span>
              <span className={classes.legendPercent}>{percentOf(counts[meta.key], total)}</span>
            </li>
          ))}
        </ul>
      </div>
    </div>
  );
});
