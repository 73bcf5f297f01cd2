import { Group, Paper, SimpleGrid, Text } from '@mantine/core';
import { IconCircleCheck, IconCircleX, IconProgress } from '@tabler/icons-react';
import { memo } from 'react';

import type { StatusCounts } from '../../../../shared/contract/reports';
import { REPORT_STATUS_META } from '../../../../shared/report/statuses';
import { percentOf } from '../../reports/components/status-distribution';
import classes from './kiosk.module.css';

const number = new Intl.NumberFormat();
const colorOf = (key: string) => REPORT_STATUS_META.find((meta) => meta.key === key)?.color;

/**
 * Big numbers readable across a room, in the manner of ui.mantine.dev's StatsGrid. Rendered again
 * only when the counts change (a refresh with the same figures keeps the same `counts` object).
 */
export const KioskStats = memo(function KioskStats({ counts }: { counts: StatusCounts }) {
  const total = Object.values(counts).reduce((a, b) => a + b, 0);
  const stats = [
    {
      title: 'Succeeded',
      value: counts.succeeded,
      icon: IconCircleCheck,
      color: colorOf('succeeded'),
      note: 'of devices',
    },
    {
      title: 'Failed',
      value: counts.failed + counts.sendFailed,
      icon: IconCircleX,
      color: colorOf('failed'),
      note: 'incl. send failed',
    },
    {
      title: 'In progress',
      value: counts.waiting + counts.downloading,
      icon: IconProgress,
      color: colorOf('downloading'),
      note: 'waiting or downloading',
    },
  ];
  return (
    <SimpleGrid cols={3} spacing="sm">
      {stats.map((stat) => (
        <Paper withBorder p="sm" radius="md" key={stat.title} className={classes.stat}>
          <Group justify="space-between" wrap="nowrap">
            <Text className={classes.statTitle}>{stat.title}</Text>
            <stat.icon size={26} stroke={1.8} color={stat.color} aria-hidden />
          </Group>
          <Text className={classes.statValue} aria-label={`${stat.title}: ${stat.value}`}>
            {number.format(stat.value)}
          </Text>
          <Text className={classes.statPercent}>
            {percentOf(stat.value, total)} · {stat.note}
          </Text>
        </Paper>
      ))}
    </SimpleGrid>
  );
});
