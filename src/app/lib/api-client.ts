import type { ApiError } from '../../shared/contract/api-error';
import { pendingAnswer } from './early-answers';
import { markSessionExpired } from './form-draft';

/** A failed `/api` call, carrying the BFF's error shape (and the upstream RequestId, if any). */
export class ApiRequestError extends Error {
  readonly status: number;
  readonly code: string;
  readonly fieldErrors?: Record<string, string>;
  readonly requestId?: string;
  /** From the Retry-After header of a 429 or 503: how long to wait before asking again. */
  readonly retryAfterSeconds?: number;

  constructor(status: number, body: ApiError, retryAfterSeconds?: number) {
    super(body.message);
    this.status = status;
    this.code = body.code;
    this.fieldErrors = body.fieldErrors;
    this.requestId = body.requestId;
    this.retryAfterSeconds = retryAfterSeconds;
  }
}

export const UNAUTHENTICATED_EVENT = 'ota:unauthenticated';

function isApiError(value: unknown): value is ApiError {
  return (
    Boolean(value) && typeof value === 'object' && typeof (value as ApiError).code === 'string'
  );
}

export async function apiRequest<T>(
  method: 'GET' | 'POST' | 'PUT' | 'PATCH' | 'DELETE',
  path: string,
  body?: unknown,
  init: { signal?: AbortSignal } = {},
): Promise<T> {
  if (method === 'GET') {
    // The page's first answers may be on their way already (main.tsx asked for them early).
    const early = pendingAnswer(`/api${path}`);
    const answer = early && (await early);
    if (answer !== undefined) return answer as T;
  }
  let response: Response;
  try {
    response = await fetch(`/api${path}`, {
      method,
      credentials: 'same-origin',
      headers:
        body === undefined
          ? { accept: 'application/json' }
          : { 'content-type': 'application/json', accept: 'application/json' },
      body: body === undefined ? undefined : JSON.stringify(body),
      signal: init.signal,
    });
  } catch (error) {
    if ((error as Error).name === 'AbortError') throw error;
    throw new ApiRequestError(0, {
      code: 'NetworkError',
      message: 'The console server cannot be reached. Check your connection and try again.',
    });
  }
  if (response.status === 204) return undefined as T;
  const text = await response.text();
  let parsed: unknown = undefined;
  try {
    parsed = text ? JSON.parse(text) : undefined;
  } catch {
    parsed = undefined;
  }
  if (!response.ok) {
    if (response.status === 401 && !path.startsWith('/auth/')) {
      markSessionExpired();
      window.dispatchEvent(new Event(UNAUTHENTICATED_EVENT));
    }
    const retryAfter = Number(response.headers.get('retry-after') ?? NaN);
    throw new ApiRequestError(
      response.status,
      isApiError(parsed)
        ? parsed
        : { code: `Http${response.status}`, message: `The server answered ${response.status}` },
      Number.isFinite(retryAfter) ? retryAfter : undefined,
    );
  }
  return parsed as T;
}

export const api = {
  get: <T>(path: string, signal?: AbortSignal) => apiRequest<T>('GET', path, undefined, { signal }),
  post: <T>(path: string, body?: unknown) => apiRequest<T>('POST', path, body ?? {}),
  put: <T>(path: string, body?: unknown) => apiRequest<T>('PUT', path, body ?? {}),
  patch: <T>(path: string, body?: unknown) => apiRequest<T>('PATCH', path, body ?? {}),
  delete: <T>(path: string) => apiRequest<T>('DELETE', path),
};
