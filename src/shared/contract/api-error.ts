import { z } from 'zod';

/** The one error shape every `/api` route answers with. */
export const apiErrorSchema = z.object({
  code: z.string(),
  message: z.string(),
  fieldErrors: z.record(z.string(), z.string()).optional(),
  requestId: z.string().optional(),
});
export type ApiError = z.infer<typeof apiErrorSchema>;

/** Codes the BFF itself produces (upstream codes pass through unchanged). */
export const bffErrorCodes = {
  validation: 'ValidationFailed',
  payloadTooLarge: 'PayloadTooLarge',
  unsupportedMediaType: 'UnsupportedMediaType',
  uriTooLong: 'UriTooLong',
  unauthenticated: 'Unauthenticated',
  forbidden: 'Forbidden',
  notFound: 'NotFound',
  rateLimited: 'RateLimited',
  upstreamUnavailable: 'UpstreamUnavailable',
  upstreamTimeout: 'UpstreamTimeout',
  upstreamMalformed: 'UpstreamMalformedReply',
  internal: 'InternalError',
} as const;
