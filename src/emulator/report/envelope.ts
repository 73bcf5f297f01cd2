import type { FastifyReply } from 'fastify';

import {
  REPORT_SUCCESS_CODE,
  REPORT_SUCCESS_MESSAGE,
  type ReportEnvelope,
} from '../../shared/cloud';

/** Report-API errors travel in the same envelope with HTTP 200, like the vendor's success replies. */
export class ReportError extends Error {
  constructor(
    readonly code: number,
    message: string,
  ) {
    super(message);
  }
}

export const REPORT_ERROR_CODES = {
  badRequest: 400,
  unauthorized: 401,
  notFound: 404,
  tooManyRequests: 429,
  internal: 500,
} as const;

export function ok<T>(data: T): ReportEnvelope<T> {
  return { code: REPORT_SUCCESS_CODE, message: REPORT_SUCCESS_MESSAGE, data };
}

export function sendReportError(reply: FastifyReply, error: ReportError, status = 200) {
  const body: ReportEnvelope<null> = { code: error.code, message: error.message, data: null };
  return reply.code(status).send(body);
}
