import type { I18n, MessageDescriptor } from '@lingui/core';

import { ApiRequestError } from '../lib/api-client';

/**
 * What an error code means to the person at the screen, in their language. The BFF's codes (and
 * the platform's, which it passes through) are stable in every language; the English `message` in
 * its answer is for logs and API users, never shown translated.
 */
const internalError: MessageDescriptor = /*i18n*/ {
  id: 'error.InternalError',
  message: 'Something went wrong on the console server.',
};

const byCode: Record<string, MessageDescriptor> = {
  NetworkError: /*i18n*/ {
    id: 'error.NetworkError',
    message: 'The console server cannot be reached. Check your connection and try again.',
  },
  ValidationFailed: /*i18n*/ {
    id: 'error.ValidationFailed',
    message: 'Some fields are not valid.',
  },
  Unauthenticated: /*i18n*/ {
    id: 'error.Unauthenticated',
    message: 'Your session has ended. Sign in again.',
  },
  Forbidden: /*i18n*/ { id: 'error.Forbidden', message: 'Your role may not do this.' },
  RateLimited: /*i18n*/ {
    id: 'error.RateLimited',
    message:
      'Too many requests; try again in {minutes, plural, =0 {a few seconds} one {about a minute} other {about # minutes}}.',
  },
  // The BFF's own; the cloud's `InternalError` passes through with the same meaning.
  ConsoleInternalError: internalError,
  InternalError: internalError,
  InvalidCredentials: /*i18n*/ {
    id: 'error.InvalidCredentials',
    message: 'Wrong username or password.',
  },
};

/** The sign-in form's words for its own refusals. */
export const signInErrors: Record<string, MessageDescriptor> = {
  RateLimited: /*i18n*/ {
    id: 'error.RateLimited.signIn',
    message:
      'Too many sign-in attempts; try again in {minutes, plural, =0 {a few seconds} one {about a minute} other {about # minutes}}.',
  },
};

const refused: MessageDescriptor = /*i18n*/ {
  id: 'error.refused',
  message: 'The request was refused.',
};
const failed: MessageDescriptor = /*i18n*/ {
  id: 'error.failed',
  message: 'Something went wrong. Try again.',
};

/** True when the console knows this code and says what it means in every language. */
export const hasErrorMessage = (code: string) => code in byCode;

/**
 * Adds the codes of the pages behind sign-in (modules, tasks, report…), which load with them; the
 * sign-in page carries only the codes it can meet.
 */
export function registerErrorMessages(more: Record<string, MessageDescriptor>): void {
  Object.assign(byCode, more);
}

/**
 * The sentence to show for a failed request. An unknown code (a platform code passed through)
 * keeps the server's own words in English; other languages get a translated sentence by status.
 */
export function errorMessage(
  i18n: I18n,
  error: unknown,
  overrides: Record<string, MessageDescriptor> = {},
): string {
  if (!(error instanceof ApiRequestError)) return i18n._(failed);
  const known = overrides[error.code] ?? byCode[error.code];
  if (known) {
    const seconds = error.retryAfterSeconds ?? 0;
    const minutes = seconds < 45 ? 0 : Math.max(1, Math.round(seconds / 60));
    return i18n._(known.id, { minutes }, { message: known.message });
  }
  if (i18n.locale === 'en' && error.message) return error.message;
  return i18n._(error.status >= 400 && error.status < 500 ? refused : failed);
}
