import { useLingui } from '@lingui/react';
import { useQueries } from '@tanstack/react-query';
import { useCallback, useState } from 'react';

import type { KioskConfig } from '../../../../shared/contract/kiosk';
import {
  combineKioskPanels,
  type KioskPanelFigures,
  kioskPanelQueryOptions,
  kioskPanelSearch,
  kioskStuckHref,
} from '../api/kiosk-queries';
import { isKioskRevoked } from '../api/kiosk-session';
import { kioskGrid } from '../utils/kiosk-layout';
import classes from './kiosk.module.css';
import { KioskHeader } from './kiosk-header';
import { KioskMessage } from './kiosk-message';
import { KioskPanel } from './kiosk-panel';
import { KioskPanelStream } from './kiosk-panel-stream';
import { useRotation } from './use-rotation';
import { useScreenSize } from './use-screen-size';

/**
 * The configured panels, as many per page as the screen shows legibly, paging every
 * `rotateSeconds` when there are more. Panels off screen keep their last figures without asking for
 * more; when their page comes back, their streams open at once and bring them up to date.
 */
export function KioskBoard({ config }: { config: KioskConfig }) {
  const { width, height } = useScreenSize();
  const grid = kioskGrid(config.panels.length, width, height);
  const perPage = grid.cols * grid.rows;
  const pageCount = Math.max(1, Math.ceil(config.panels.length / perPage));
  const { page, turned } = useRotation(pageCount, config.rotateSeconds);
  const first = page * perPage;
  const onScreen = (i: number) => i >= first && i < first + perPage;
  // Panels on screen get their figures by push; while a push is down, that panel polls.
  const [live, setLive] = useState<Record<number, boolean>>({});
  const onLive = useCallback(
    (i: number, on: boolean) => setLive((was) => (was[i] === on ? was : { ...was, [i]: on })),
    [],
  );
  const { panels, syncedAt, dataStale, stale, ended } = useQueries({
    queries: config.panels.map((panel, i) =>
      kioskPanelQueryOptions(panel, config, onScreen(i) && !live[i]),
    ),
    combine: combineKioskPanels,
  });
  const shown = syncedAt.filter((at, i): at is number => onScreen(i) && at !== null);
  const updatedAt = shown.length > 0 ? Math.min(...shown) : null;

  if (ended) return <EndedMessage revoked={isKioskRevoked(ended)} />;
  return (
    <div className={classes.board}>
      <KioskHeader
        updatedAt={updatedAt}
        zone={config.zone}
        stale={stale}
        dataStale={dataStale.some((old, i) => old && onScreen(i))}
        refreshSeconds={config.refreshSeconds}
        page={page}
        pageCount={pageCount}
      />
      <main
        className={classes.grid}
        style={{
          gridTemplateColumns: `repeat(${grid.cols}, minmax(0, 1fr))`,
          gridTemplateRows: `repeat(${grid.rows}, minmax(0, 1fr))`,
        }}
      >
        {config.panels.slice(first, first + perPage).map((panel, i) => (
          <KioskPanelStream
            key={`stream-${panel.productKey}-${panel.firmwareId}`}
            index={first + i}
            search={kioskPanelSearch(panel, config)}
            onLive={onLive}
            // After a page turn the panel's figures are as old as the page's time off screen.
            atOnce={turned}
          />
        ))}
        {config.panels.slice(first, first + perPage).map((panel, i) => (
          // Plain, stable props: a refresh with the same figures does not render the panel again.
          <KioskPanel
            key={`${panel.productKey}-${panel.firmwareId}`}
            panel={panel}
            range={config.range}
            zone={config.zone}
            stuckHours={config.stuckHours}
            stuckHref={kioskStuckHref(panel, config)}
            {...(panels[first + i] as KioskPanelFigures)}
          />
        ))}
      </main>
    </div>
  );
}

export function EndedMessage({ revoked }: { revoked: boolean }) {
  const { i18n } = useLingui();
  return revoked ? (
    <KioskMessage
      title={i18n._({ id: 'kiosk.revoked.title', message: 'This kiosk link was revoked' })}
      text={i18n._({
        id: 'kiosk.revoked.text',
        message: 'Ask for a new kiosk link and open it on this screen.',
      })}
    />
  ) : (
    <KioskMessage
      title={i18n._({ id: 'kiosk.invalid.title', message: 'Kiosk link not valid' })}
      text={i18n._({
        id: 'kiosk.invalid.text',
        message: 'Open the kiosk link on this screen again (it was not recognised).',
      })}
    />
  );
}
