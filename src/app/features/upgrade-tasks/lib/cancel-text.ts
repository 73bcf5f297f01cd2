import type { I18n } from '@lingui/core';

import type {
  CancelOutcome,
  CancelPreviewItem,
  CancelResultItem,
} from '../../../../shared/contract/upgrade-tasks';
import { taskStatusLabel } from './task-status-label';

const status = (i18n: I18n, value: CancelPreviewItem['taskStatus']) =>
  value ? taskStatusLabel(i18n, value).toLocaleLowerCase(i18n.locale) : '';

/** Why a device will not be cancelled (without the "Not cancellable:" lead). */
function reason(
  i18n: I18n,
  item: Pick<CancelPreviewItem, 'verdict' | 'taskStatus'>,
  withJob: boolean,
): string {
  switch (item.verdict) {
    case 'inProgress':
      return i18n._({ id: 'cancel.reason.inProgress', message: 'the upgrade is in progress' });
    case 'done':
      return i18n._({
        id: 'cancel.reason.done',
        message: 'already finished ({status})',
        values: { status: status(i18n, item.taskStatus) },
      });
    default:
      return withJob
        ? i18n._({ id: 'cancel.reason.noTaskInJob', message: 'no task in this job' })
        : i18n._({ id: 'cancel.reason.noTaskForFirmware', message: 'no task for this firmware' });
  }
}

/** Why a device will or will not be cancelled, in words. */
export function verdictText(
  i18n: I18n,
  item: Pick<CancelPreviewItem, 'verdict' | 'taskStatus'>,
  withJob: boolean,
): string {
  if (item.verdict === 'cancellable')
    return i18n._({
      id: 'cancel.verdict.cancellable',
      message: 'Will be cancelled (now {status})',
      values: { status: status(i18n, item.taskStatus) },
    });
  return i18n._({
    id: 'cancel.verdict.notCancellable',
    message: 'Not cancellable: {reason}',
    values: { reason: reason(i18n, item, withJob) },
  });
}

export function outcomeLabel(i18n: I18n, outcome: CancelOutcome): string {
  switch (outcome) {
    case 'cancelled':
      return i18n._({ id: 'cancel.outcome.cancelled', message: 'Cancelled' });
    case 'notCancellable':
      return i18n._({ id: 'cancel.outcome.notCancellable', message: 'Not cancellable' });
    case 'failed':
      return i18n._({ id: 'cancel.outcome.failed', message: 'Failed' });
  }
}

export const OUTCOME_COLORS: Record<CancelOutcome, string> = {
  cancelled: 'green',
  notCancellable: 'gray',
  failed: 'red',
};

export function outcomeDetail(i18n: I18n, item: CancelResultItem, withJob: boolean): string {
  if (item.outcome === 'failed')
    return i18n._({
      id: 'cancel.detail.failed',
      message: '{code} · RequestId {requestId}',
      values: { code: item.code ?? 'Error', requestId: item.requestId ?? '—' },
    });
  if (item.outcome === 'cancelled')
    return i18n._({
      id: 'cancel.detail.was',
      message: 'Was {status}',
      values: { status: status(i18n, item.taskStatus) },
    });
  const text = reason(i18n, item, withJob);
  return text.charAt(0).toLocaleUpperCase(i18n.locale) + text.slice(1);
}

/** Rows worth reading first: failures, then what did not go as the user may expect. */
export function byImportance<T extends { deviceName: string }>(
  items: T[],
  rank: (item: T) => number,
): T[] {
  return [...items].sort((a, b) => rank(a) - rank(b) || a.deviceName.localeCompare(b.deviceName));
}
