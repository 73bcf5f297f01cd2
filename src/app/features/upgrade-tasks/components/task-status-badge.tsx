import { useLingui } from '@lingui/react';
import { Badge } from '@mantine/core';

import type { UpgradeTaskStatus } from '../../../../shared/contract/upgrade-tasks';
import { taskStatusLabel } from '../lib/task-status-label';

const COLORS: Record<UpgradeTaskStatus, string> = {
  CONFIRM: 'grape',
  QUEUED: 'gray',
  NOTIFIED: 'cyan',
  IN_PROGRESS: 'blue',
  SUCCEEDED: 'green',
  FAILED: 'red',
  CANCELED: 'orange',
};

export function TaskStatusBadge({ status }: { status: UpgradeTaskStatus | null }) {
  const { i18n } = useLingui();
  if (!status) return null;
  return (
    // A label that may overflow has no minimum width in the badge's grid, so a narrow table cut it
    // short ("PENDING CONFI…"); the whole label is its minimum, and a narrow table scrolls instead.
    <Badge
      variant="light"
      color={COLORS[status]}
      autoContrast
      styles={{ label: { overflow: 'visible' } }}
    >
      {taskStatusLabel(i18n, status)}
    </Badge>
  );
}
