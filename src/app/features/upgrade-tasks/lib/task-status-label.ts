import type { I18n, MessageDescriptor } from '@lingui/core';

import type { UpgradeTaskStatus } from '../../../../shared/contract/upgrade-tasks';
import { allOf } from '../../../lib/all-of';

/** The contract's `UPGRADE_TASK_STATUSES`, in its order, without loading its schemas. */
export const UPGRADE_TASK_STATUSES = allOf<UpgradeTaskStatus>()([
  'CONFIRM',
  'QUEUED',
  'NOTIFIED',
  'IN_PROGRESS',
  'SUCCEEDED',
  'FAILED',
  'CANCELED',
]);

const LABELS: Record<UpgradeTaskStatus, MessageDescriptor> = {
  CONFIRM: /*i18n*/ { id: 'taskStatus.CONFIRM', message: 'Pending confirmation' },
  QUEUED: /*i18n*/ { id: 'taskStatus.QUEUED', message: 'Queued' },
  NOTIFIED: /*i18n*/ { id: 'taskStatus.NOTIFIED', message: 'Notified' },
  IN_PROGRESS: /*i18n*/ { id: 'taskStatus.IN_PROGRESS', message: 'In progress' },
  SUCCEEDED: /*i18n*/ { id: 'taskStatus.SUCCEEDED', message: 'Succeeded' },
  FAILED: /*i18n*/ { id: 'taskStatus.FAILED', message: 'Failed' },
  CANCELED: /*i18n*/ { id: 'taskStatus.CANCELED', message: 'Cancelled' },
};

/** A device task's status in the active language. */
export const taskStatusLabel = (i18n: I18n, status: UpgradeTaskStatus): string =>
  i18n._(LABELS[status]);
