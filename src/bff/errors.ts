import { type ApiError, bffErrorCodes } from '../shared/contract/api-error';

/** An error the BFF answers on purpose, in the one shared JSON shape. */
export class AppError extends Error {
  constructor(
    readonly statusCode: number,
    readonly code: string,
    message: string,
    readonly extra: Pick<ApiError, 'fieldErrors' | 'requestId'> & {
      retryAfterSeconds?: number;
    } = {},
  ) {
    super(message);
  }

  toJSON(): ApiError {
    return {
      code: this.code,
      message: this.message,
      ...(this.extra.fieldErrors ? { fieldErrors: this.extra.fieldErrors } : {}),
      ...(this.extra.requestId ? { requestId: this.extra.requestId } : {}),
    };
  }
}

export const forbidden = (message = 'Your role may not do this') =>
  new AppError(403, bffErrorCodes.forbidden, message);

export const unauthenticated = (message = 'Sign in first') =>
  new AppError(401, bffErrorCodes.unauthenticated, message);
