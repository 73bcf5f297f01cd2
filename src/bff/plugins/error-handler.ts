import type { FastifyError, FastifyInstance } from 'fastify';
import fp from 'fastify-plugin';
import { hasZodFastifySchemaValidationErrors } from 'fastify-type-provider-zod';

import { bffErrorCodes } from '../../shared/contract/api-error';
import { AppError } from '../errors';

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
          : status === 404
            ? bffErrorCodes.notFound
            : bffErrorCodes.validation,
      message: error.message,
    });
  });
});
