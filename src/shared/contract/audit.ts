import { z } from 'zod';

export const auditOutcomeSchema = z.enum(['success', 'failure', 'denied']);
export type AuditOutcome = z.infer<typeof auditOutcomeSchema>;

/** One recorded state-changing call. */
export const auditEventSchema = z.object({
  id: z.number().int(),
  at: z.string(),
  username: z.string(),
  role: z.string(),
  action: z.string(),
  method: z.string(),
  route: z.string(),
  /** Path, query and body parameters as sent (secrets removed), as JSON. */
  parameters: z.record(z.string(), z.unknown()),
  outcome: auditOutcomeSchema,
  statusCode: z.number().int(),
  errorCode: z.string().nullable(),
  requestId: z.string(),
  upstreamRequestIds: z.array(z.string()),
});
export type AuditEvent = z.infer<typeof auditEventSchema>;

const optionalText = z
  .string()
  .trim()
  .max(128)
  .optional()
  .transform((value) => (value ? value : undefined));

const auditFilterFields = z.object({
  /** Part of the username, any letter case. */
  user: optionalText,
  /** One recorded action, exactly (the choices come from GET /api/audit/actions). */
  action: optionalText,
  outcome: z
    .union([auditOutcomeSchema, z.literal('')])
    .optional()
    .transform((value) => value || undefined),
  from: z.iso.datetime({ offset: true }).optional(),
  to: z.iso.datetime({ offset: true }).optional(),
});

const fromNotAfterTo = (f: { from?: string; to?: string }) =>
  !f.from || !f.to || Date.parse(f.from) <= Date.parse(f.to);
const fromNotAfterToIssue = { message: '"from" must not be after "to"', path: ['to'] };

export const auditFilterSchema = auditFilterFields.refine(fromNotAfterTo, fromNotAfterToIssue);
export type AuditFilter = z.input<typeof auditFilterSchema>;

export const auditQuerySchema = auditFilterFields
  .extend({
    page: z.coerce.number().int().min(1).max(100_000).default(1),
    pageSize: z.coerce.number().int().min(1).max(200).default(50),
  })
  .refine(fromNotAfterTo, fromNotAfterToIssue);
export type AuditQuery = z.input<typeof auditQuerySchema>;

export const auditPageSchema = z.object({
  items: z.array(auditEventSchema),
  total: z.number().int(),
  page: z.number().int(),
  pageSize: z.number().int(),
});
export type AuditPage = z.infer<typeof auditPageSchema>;

/** The actions recorded so far, for the Action filter. */
export const auditActionsSchema = z.object({ items: z.array(z.string()) });
export type AuditActions = z.infer<typeof auditActionsSchema>;

/** What a cancel's audit entry adds under `parameters.result`: per-device outcomes. */
export const auditCancelResultSchema = z.object({
  counts: z.object({
    cancelled: z.number().int(),
    notCancellable: z.number().int(),
    failed: z.number().int(),
  }),
  devices: z.object({
    cancelled: z.array(z.string()),
    notCancellable: z.array(z.string()),
    failed: z.array(z.string()),
  }),
});
export type AuditCancelResult = z.infer<typeof auditCancelResultSchema>;
