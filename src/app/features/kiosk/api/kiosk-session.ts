import type { SessionUser } from '../../../../shared/contract/auth';
import { kioskErrorCodes } from '../../../../shared/contract/kiosk-errors';
import { api, ApiRequestError } from '../../../lib/api-client';

let renewing: Promise<SessionUser> | null = null;

/**
 * Sets up a kiosk session: with the printed link's token, or without one from the screen's
 * kiosk-link cookie (HttpOnly: the page never sees the token again). Concurrent callers share one
 * request.
 */
export function startKioskSession(token?: string): Promise<SessionUser> {
  if (token) return api.post<SessionUser>('/kiosk/session', { token });
  renewing ??= api.post<SessionUser>('/kiosk/session', {}).finally(() => {
    renewing = null;
  });
  return renewing;
}

/** The link was revoked, or the screen holds no valid link: nothing more to try. */
export const isKioskEnded = (error: unknown) =>
  error instanceof ApiRequestError &&
  (error.code === kioskErrorCodes.revoked || error.code === kioskErrorCodes.invalid);

export const isKioskRevoked = (error: unknown) =>
  error instanceof ApiRequestError && error.code === kioskErrorCodes.revoked;

/**
 * A kiosk call that outlives its session: on 401 the screen sets up a new session from its link and
 * asks once more. A revoked link answers `KioskLinkRevoked`, which ends the screen.
 */
export async function withKioskSession<T>(call: () => Promise<T>): Promise<T> {
  try {
    return await call();
  } catch (error) {
    if (!(error instanceof ApiRequestError) || error.status !== 401) throw error;
    await startKioskSession();
    return call();
  }
}
