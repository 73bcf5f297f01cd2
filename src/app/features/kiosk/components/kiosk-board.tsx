import { Badge, Group, Text, Title } from '@mantine/core';
import { IconAlertTriangle } from '@tabler/icons-react';
import { useQueries } from '@tanstack/react-query';

import type { KioskConfig } from '../../../../shared/contract/reports';
import {
  combineKioskPanels,
  type KioskPanelFigures,
  kioskPanelQueryOptions,
} from '../api/kiosk-queries';
import classes from './kiosk.module.css';
import { KioskPanel } from './kiosk-panel';

/** Every configured panel, the time of the figures, and a warning while refreshes fail. */
export function KioskBoard({ config }: { config: KioskConfig }) {
  const { panels, updated, stale, ended } = useQueries({
    queries: config.panels.map((panel) => kioskPanelQueryOptions(panel, config)),
    combine: combineKioskPanels,
  });
  const columns = config.panels.length <= 1 ? 1 : config.panels.length <= 4 ? 2 : 3;

  return (
    <div className={classes.board}>
      <Group justify="space-between" className={classes.header}>
        <Title order={1} className={classes.title}>
          Upgrade status
        </Title>
        <Group gap="lg">
          {stale && (
            <Badge
              size="xl"
              color="yellow"
              variant="filled"
              leftSection={<IconAlertTriangle size={22} aria-hidden />}
              role="alert"
              className={classes.stale}
            >
              {ended
                ? 'Kiosk session ended — open the kiosk link again'
                : 'Connection lost — showing the last figures, retrying'}
            </Badge>
          )}
          <Text className={classes.updated} aria-live="polite">
            {updated ? `updated ${updated}` : 'loading…'}
          </Text>
        </Group>
      </Group>
      <div
        className={classes.grid}
        style={{ gridTemplateColumns: `repeat(${columns}, minmax(0, 1fr))` }}
      >
        {config.panels.map((panel, i) => (
          // Plain, stable props: a refresh with the same figures does not render the panel again.
          <KioskPanel
            key={`${panel.productKey}-${panel.firmwareId}`}
            panel={panel}
            range={config.range}
            {...(panels[i] as KioskPanelFigures)}
          />
        ))}
      </div>
    </div>
  );
}
