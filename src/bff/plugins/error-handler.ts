import type { IncomingMessage, ServerResponse } from 'node:http';

import type { FastifyError, FastifyInstance } from 'fastify';
import fp from 'fastify-plugin';
import { hasZodFastifySchemaValidationErrors } from 'fastify-type-provider-zod';

import { bffErrorCodes } from '../../shared/contract/api-error';
import { AppError } from '../errors';

/** Our code for a framework refusal, by HTTP status; any other 4xx is a validation failure. */
const STATUS_CODES: Record<number, string> = {
  404: bffErrorCodes.notFound,
  413: bffErrorCodes.payloadTooLarge,
  414: bffErrorCodes.uriTooLong,
  415: bffErrorCodes.unsupportedMediaType,
};

/**
 * The router's own refusals (a malformed percent-encoding, a path parameter over the length
 * limit) happen before any hook, on the raw response: answered here in the same JSON shape.
 */
export function rawRouterRefusal(status: 400 | 414, code: string, message: string) {
  return (_path: string, _request: IncomingMessage, response: ServerResponse) => {
    response.writeHead(status, {
      'content-type': 'application/json; charset=utf-8',
      'x-content-type-options': 'nosniff',
      'cache-control': 'no-store',
    });
    response.end(JSON.stringify({ code, message }));
  };
}

/** One JSON error shape for the whole API; 5xx details are logged, never sent. */
export const errorHandlerPlugin = fp(async (app: FastifyInstance) => {
  app.setErrorHandler((error: FastifyError | AppError, request, reply) => {
    if (error instanceof AppError) {
      if (error.statusCode >= 500) request.log.warn({ err: error }, 'upstream failure');
      if (error.extra.retryAfterSeconds)
        reply.header('retry-after', String(error.extra.retryAfterSeconds));
      return reply.status(error.statusCode).send(error.toJSON());
    }
    if (hasZodFastifySchemaValidationErrors(error)) {
      const fieldErrors: Record<string, string> = {};
      for (const issue of error.validation) {
        const field = issue.instancePath.replace(/^\//, '').replace(/\//g, '.') || '_';
        fieldErrors[field] ??= issue.message ?? 'Invalid value';
      }
      return reply.status(400).send({
        code: bffErrorCodes.validation,
        message: 'Some fields are not valid',
        fieldErrors,
      });
    }
    const status =
      typeof error.statusCode === 'number' && error.statusCode >= 400 ? error.statusCode : 500;
    if (status >= 500) {
      request.log.error({ err: error }, 'unhandled error');
      return reply
        .status(500)
        .send({ code: bffErrorCodes.internal, message: 'Something went wrong on our side' });
    }
    if (status === 429) {
      return reply.status(429).send({ code: bffErrorCodes.rateLimited, message: error.message });
    }
    return reply.status(status).send({
      code:
        error.code && !error.code.startsWith('FST_')
          ? error.code
          : (STATUS_CODES[status] ?? bffErrorCodes.validation),
      message: error.message,
    });
  });
});
