/** Device upgrade task statuses as the IoT Platform spells them (ListOTATaskByJob `TaskStatus`). */
export const TASK_STATUSES = [
  'CONFIRM',
  'QUEUED',
  'NOTIFIED',
  'IN_PROGRESS',
  'SUCCEEDED',
  'FAILED',
  'CANCELED',
] as const;
export type TaskStatus = (typeof TASK_STATUSES)[number];

/**
 * Statuses CancelOTATaskByDevice cancels: pending confirmation, pending push, pushed (seed 003).
 * The Alibaba page also names IN_PROGRESS; we follow the seed.
 */
export const CANCELABLE_BY_DEVICE_STATUSES: readonly TaskStatus[] = [
  'CONFIRM',
  'QUEUED',
  'NOTIFIED',
];

export const TERMINAL_TASK_STATUSES: readonly TaskStatus[] = ['SUCCEEDED', 'FAILED', 'CANCELED'];

export function isTaskStatus(value: string): value is TaskStatus {
  return (TASK_STATUSES as readonly string[]).includes(value);
}

export const JOB_STATUSES = ['PLANNED', 'IN_PROGRESS', 'COMPLETED', 'CANCELED'] as const;
export type JobStatus = (typeof JOB_STATUSES)[number];

/** `VERFIY_FIRMWARE` is the vendor's own spelling. */
export const JOB_TYPES = ['VERFIY_FIRMWARE', 'UPGRADE_FIRMWARE'] as const;
export type JobType = (typeof JOB_TYPES)[number];

export const SELECTION_TYPES = ['STATIC', 'DYNAMIC'] as const;
export type SelectionType = (typeof SELECTION_TYPES)[number];

export const TARGET_SELECTIONS = ['ALL', 'SPECIFIC', 'GRAY', 'GROUP'] as const;
export type TargetSelection = (typeof TARGET_SELECTIONS)[number];

/** Firmware `Status`: -1 no verification needed, 0 unverified, 1 verified, 2 verifying, 3 verification failed. */
export const FIRMWARE_STATUSES = [-1, 0, 1, 2, 3] as const;
export type FirmwareStatus = (typeof FIRMWARE_STATUSES)[number];

/** CancelOTATaskByJob flags. */
export const CANCEL_BY_JOB_FLAGS = [
  'CancelScheduledTask',
  'CancelQueuedTask',
  'CancelNotifiedTask',
  'CancelInProgressTask',
  'CancelUnconfirmedTask',
] as const;
export type CancelByJobFlag = (typeof CANCEL_BY_JOB_FLAGS)[number];
