import { z } from 'zod';

/** The one error shape every `/api` route answers with. */
export const apiErrorSchema = z.object({
  code: z.string(),
  message: z.string(),
  fieldErrors: z.record(z.string(), z.string()).optional(),
  requestId: z.string().optional(),
});
export type ApiError = z.infer<typeof apiErrorSchema>;

/**
 * The one map of the codes the BFF itself produces (upstream codes such as `iot.*` and
 * `Throttling.*` pass through unchanged). Code compares against these, never against literals.
 */
export const bffErrorCodes = {
  validation: 'ValidationFailed',
  payloadTooLarge: 'PayloadTooLarge',
  unsupportedMediaType: 'UnsupportedMediaType',
  uriTooLong: 'UriTooLong',
  unauthenticated: 'Unauthenticated',
  invalidCredentials: 'InvalidCredentials',
  invalidKioskLink: 'InvalidKioskLink',
  forbidden: 'Forbidden',
  notFound: 'NotFound',
  rateLimited: 'RateLimited',
  upstreamUnavailable: 'UpstreamUnavailable',
  upstreamTimeout: 'UpstreamTimeout',
  upstreamMalformed: 'UpstreamMalformedReply',
  /** Tasks of a whole firmware need a job on this platform. */
  jobRequired: 'JobRequired',
  /** The report API refused a query as wrong (bad range, page size, ids). */
  reportQueryRefused: 'ReportQueryRefused',
  moduleNameTaken: 'ModuleNameTaken',
  moduleLimitReached: 'ModuleLimitReached',
  defaultModuleImmutable: 'DefaultModuleImmutable',
  /** Ours, spelled apart from the cloud's own `InternalError`. */
  internal: 'ConsoleInternalError',
} as const;
export type BffErrorCode = (typeof bffErrorCodes)[keyof typeof bffErrorCodes];
