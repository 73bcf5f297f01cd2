import { z } from 'zod';

import { deviceNameSchema, parseDeviceNames } from '../ota/device-names';
import { upstreamIdSchema } from './firmware';

/** Device upgrade task statuses (the contract's own list; spelled as the IoT Platform spells them). */
export const UPGRADE_TASK_STATUSES = [
  'CONFIRM',
  'QUEUED',
  'NOTIFIED',
  'IN_PROGRESS',
  'SUCCEEDED',
  'FAILED',
  'CANCELED',
] as const;
export const upgradeTaskStatusSchema = z.enum(UPGRADE_TASK_STATUSES);
export type UpgradeTaskStatus = z.infer<typeof upgradeTaskStatusSchema>;

export const UPGRADE_TASK_STATUS_LABELS: Record<UpgradeTaskStatus, string> = {
  CONFIRM: 'Pending confirmation',
  QUEUED: 'Queued',
  NOTIFIED: 'Notified',
  IN_PROGRESS: 'In progress',
  SUCCEEDED: 'Succeeded',
  FAILED: 'Failed',
  CANCELED: 'Cancelled',
};

/** What CancelOTATaskByDevice cancels: pending confirmation, queued (to be pushed), notified (pushed). */
export const CANCELLABLE_TASK_STATUSES: readonly UpgradeTaskStatus[] = [
  'CONFIRM',
  'QUEUED',
  'NOTIFIED',
];

export const upgradeTaskSchema = z.object({
  taskId: z.string(),
  jobId: z.string(),
  firmwareId: z.string(),
  deviceName: z.string(),
  status: upgradeTaskStatusSchema,
  /** 0–100. */
  progress: z.number(),
  desc: z.string(),
  utcModified: z.string().nullable(),
});
export type UpgradeTask = z.infer<typeof upgradeTaskSchema>;

/** ListOTATaskByJob pages hold at most 100 and CurrentPage × PageSize must stay ≤ 100,000. */
export const TASK_PAGE_SIZE_MAX = 100;
export const TASK_PAGING_WINDOW = 100_000;

/** `deviceName`: one name, or several separated by commas or spaces (exact matches). */
export const upgradeTaskFilterSchema = z.object({
  jobId: upstreamIdSchema.optional(),
  status: upgradeTaskStatusSchema.optional(),
  deviceName: z.string().trim().max(2_000).optional(),
});
export type UpgradeTaskFilter = z.infer<typeof upgradeTaskFilterSchema>;

export const upgradeTaskListQuerySchema = upgradeTaskFilterSchema
  .extend({
    page: z.coerce.number().int().min(1).default(1),
    pageSize: z.coerce.number().int().min(1).max(TASK_PAGE_SIZE_MAX).default(20),
    /**
     * `1`: a whole firmware's tasks (no job) may answer `{ state: 'pending', progress }` while they
     * are read across its jobs; ask again for the page. Without it the answer waits for the page.
     */
    progress: z.enum(['1']).optional(),
  })
  .refine((q) => q.page * q.pageSize <= TASK_PAGING_WINDOW, {
    message: `Only the first ${TASK_PAGING_WINDOW.toLocaleString('en-US')} tasks can be paged through; narrow the filter`,
    path: ['page'],
  });
export type UpgradeTaskListQuery = z.input<typeof upgradeTaskListQuerySchema>;

export const upgradeTaskListSchema = z.object({
  items: z.array(upgradeTaskSchema),
  total: z.number().int(),
  page: z.number().int(),
  pageSize: z.number().int(),
});
export type UpgradeTaskList = z.infer<typeof upgradeTaskListSchema>;

/** While a firmware's tasks are read job by job: how many jobs so far, of how many (once known). */
export const upgradeTaskListPendingSchema = z.object({
  state: z.literal('pending'),
  progress: z.object({ jobsRead: z.number().int(), jobs: z.number().int().nullable() }),
});
export type UpgradeTaskListPending = z.infer<typeof upgradeTaskListPendingSchema>;
export const upgradeTaskListAnswerSchema = z.union([
  upgradeTaskListSchema,
  upgradeTaskListPendingSchema,
]);
export type UpgradeTaskListAnswer = z.infer<typeof upgradeTaskListAnswerSchema>;

/** "Select all matching the filter" resolves to at most this many device names. */
export const SELECT_ALL_LIMIT = 5_000;

export const matchingDeviceNamesSchema = z.object({
  deviceNames: z.array(z.string()),
  total: z.number().int(),
  /** True when more tasks matched than SELECT_ALL_LIMIT. */
  truncated: z.boolean(),
});
export type MatchingDeviceNames = z.infer<typeof matchingDeviceNamesSchema>;

/** One cancel request may name at most this many devices (split upstream into calls of 200). */
export const CANCEL_DEVICES_MAX = SELECT_ALL_LIMIT;
/** Above this many devices the user types the number to confirm. */
export const TYPE_TO_CONFIRM_THRESHOLD = 50;

export const cancelTasksInputSchema = z.object({
  deviceNames: z
    .array(deviceNameSchema)
    .min(1, 'Name at least one device')
    .max(CANCEL_DEVICES_MAX, `At most ${CANCEL_DEVICES_MAX} devices at a time`)
    .refine((names) => new Set(names).size === names.length, 'Device names must be unique'),
  jobId: upstreamIdSchema.optional(),
});
export type CancelTasksInput = z.infer<typeof cancelTasksInputSchema>;

/** Why a device can or cannot be cancelled. */
export const cancelVerdictSchema = z.enum(['cancellable', 'inProgress', 'done', 'notFound']);
export type CancelVerdict = z.infer<typeof cancelVerdictSchema>;

export const cancelPreviewItemSchema = z.object({
  deviceName: z.string(),
  verdict: cancelVerdictSchema,
  taskStatus: upgradeTaskStatusSchema.nullable(),
  jobId: z.string().nullable(),
});
export type CancelPreviewItem = z.infer<typeof cancelPreviewItemSchema>;

export const cancelPreviewSchema = z.object({
  items: z.array(cancelPreviewItemSchema),
  counts: z.record(cancelVerdictSchema, z.number().int()),
});
export type CancelPreview = z.infer<typeof cancelPreviewSchema>;

export const cancelOutcomeSchema = z.enum(['cancelled', 'notCancellable', 'failed']);
export type CancelOutcome = z.infer<typeof cancelOutcomeSchema>;

export const cancelResultItemSchema = z.object({
  deviceName: z.string(),
  outcome: cancelOutcomeSchema,
  /** The task status seen before cancelling (null: no task). */
  taskStatus: upgradeTaskStatusSchema.nullable(),
  verdict: cancelVerdictSchema,
  /** Index of the upstream call that carried this device (cancelled or failed). */
  batch: z.number().int().nullable(),
  code: z.string().optional(),
  requestId: z.string().optional(),
});
export type CancelResultItem = z.infer<typeof cancelResultItemSchema>;

export const cancelBatchSchema = z.object({
  batch: z.number().int(),
  deviceCount: z.number().int(),
  ok: z.boolean(),
  code: z.string().optional(),
  message: z.string().optional(),
  requestId: z.string().optional(),
});
export type CancelBatch = z.infer<typeof cancelBatchSchema>;

export const cancelResultSchema = z.object({
  items: z.array(cancelResultItemSchema),
  batches: z.array(cancelBatchSchema),
  counts: z.record(cancelOutcomeSchema, z.number().int()),
});
export type CancelResult = z.infer<typeof cancelResultSchema>;

/** The cancel dialog's form: the devices arrive as pasted text and become `deviceNames`. */
export const cancelUpgradeFormSchema = z.object({
  firmwareId: z.string().min(1, 'Pick a firmware package'),
  devices: z.string().superRefine((text, ctx) => {
    const parsed = parseDeviceNames(text);
    const [first] = parsed.invalid;
    if (first) {
      const more = parsed.invalid.length > 1 ? ` (and ${parsed.invalid.length - 1} more)` : '';
      ctx.addIssue({
        code: 'custom',
        message: `Not a device name: "${first.value}": ${first.problem}${more}`,
      });
    } else if (parsed.names.length === 0) {
      ctx.addIssue({ code: 'custom', message: 'Name at least one device' });
    } else if (parsed.names.length > CANCEL_DEVICES_MAX) {
      ctx.addIssue({ code: 'custom', message: `At most ${CANCEL_DEVICES_MAX} devices at a time` });
    }
  }),
  jobId: z.union([z.literal(''), upstreamIdSchema]),
});
export type CancelUpgradeForm = z.infer<typeof cancelUpgradeFormSchema>;
