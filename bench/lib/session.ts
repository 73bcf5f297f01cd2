/** Signs in as the demo manager; answers the `ota_session` cookie value. */
export async function signIn(baseUrl: string): Promise<string> {
  const response = await fetch(`${baseUrl}/api/auth/login`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', origin: baseUrl },
    body: JSON.stringify({ username: 'manager', password: 'manager' }),
  });
  if (!response.ok)
    throw new Error(`sign-in answered ${response.status}: ${await response.text()}`);
  const cookie = response.headers
    .getSetCookie()
    .map((line) => line.split(';')[0]!)
    .find((pair) => pair.startsWith('ota_session='));
  if (!cookie) throw new Error('sign-in set no ota_session cookie');
  return cookie.slice('ota_session='.length);
}

import { CHROMIUM_ARGS, CHROMIUM_PATH } from '../../e2e/chromium';

export const CHROMIUM = CHROMIUM_PATH;
export const CHROMIUM_FLAGS = CHROMIUM_ARGS;

export const DEMO_PRODUCT = 'a1AssetTrk1';
