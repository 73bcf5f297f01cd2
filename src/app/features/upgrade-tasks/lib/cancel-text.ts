import {
  type CancelOutcome,
  type CancelPreviewItem,
  type CancelResultItem,
  UPGRADE_TASK_STATUS_LABELS,
} from '../../../../shared/contract/upgrade-tasks';

const label = (status: CancelPreviewItem['taskStatus']) =>
  status ? UPGRADE_TASK_STATUS_LABELS[status] : '';

/** Why a device will or will not be cancelled, in words. */
export function verdictText(
  item: Pick<CancelPreviewItem, 'verdict' | 'taskStatus'>,
  withJob: boolean,
): string {
  switch (item.verdict) {
    case 'cancellable':
      return `Will be cancelled (now ${label(item.taskStatus).toLowerCase()})`;
    case 'inProgress':
      return 'Not cancellable: the upgrade is in progress';
    case 'done':
      return `Not cancellable: already finished (${label(item.taskStatus).toLowerCase()})`;
    case 'notFound':
      return withJob
        ? 'Not cancellable: no task in this job'
        : 'Not cancellable: no task for this firmware';
  }
}

export const OUTCOME_LABELS: Record<CancelOutcome, string> = {
  cancelled: 'Cancelled',
  notCancellable: 'Not cancellable',
  failed: 'Failed',
};

export const OUTCOME_COLORS: Record<CancelOutcome, string> = {
  cancelled: 'green',
  notCancellable: 'gray',
  failed: 'red',
};

export function outcomeDetail(item: CancelResultItem, withJob: boolean): string {
  if (item.outcome === 'failed')
    return `${item.code ?? 'Error'} · RequestId ${item.requestId ?? '—'}`;
  if (item.outcome === 'cancelled') return `Was ${label(item.taskStatus).toLowerCase()}`;
  const reason = verdictText(item, withJob).replace(/^Not cancellable: /, '');
  return reason.charAt(0).toUpperCase() + reason.slice(1);
}

/** Rows worth reading first: failures, then what did not go as the user may expect. */
export function byImportance<T extends { deviceName: string }>(
  items: T[],
  rank: (item: T) => number,
): T[] {
  return [...items].sort((a, b) => rank(a) - rank(b) || a.deviceName.localeCompare(b.deviceName));
}
