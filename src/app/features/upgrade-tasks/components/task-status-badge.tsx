import { Badge } from '@mantine/core';

import {
  UPGRADE_TASK_STATUS_LABELS,
  type UpgradeTaskStatus,
} from '../../../../shared/contract/upgrade-tasks';

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
  if (!status) return null;
  return (
    <Badge variant="light" color={COLORS[status]} autoContrast>
      {UPGRADE_TASK_STATUS_LABELS[status]}
    </Badge>
  );
}
