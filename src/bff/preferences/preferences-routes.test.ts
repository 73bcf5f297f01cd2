import { afterAll, beforeAll, describe, expect, it } from 'vitest';

import { DEFAULT_PREFERENCES } from '../../shared/contract/preferences';
import { type SecureHarness, startSecureHarness } from '../security/testing/secure-harness';

let h: SecureHarness;
let manager: string;
let viewer: string;
beforeAll(async () => {
  h = await startSecureHarness({ logLevel: 'silent' });
  manager = await h.login('manager');
  viewer = await h.login('viewer');
});
afterAll(async () => {
  await h?.close();
});

const URL = '/api/me/preferences';

describe('GET/PUT /api/me/preferences', () => {
  it('needs a session', async () => {
    expect((await h.request('GET', URL)).statusCode).toBe(401);
    expect((await h.request('PUT', URL, { body: { timeZone: 'UTC' } })).statusCode).toBe(401);
  });

  it('answers the defaults before any change: the browser zone, no language', async () => {
    const response = await h.request('GET', URL, { cookie: viewer });
    expect(response.statusCode).toBe(200);
    expect(response.json()).toEqual(DEFAULT_PREFERENCES);
    expect(DEFAULT_PREFERENCES).toEqual({ timeZone: 'browser', locale: null });
  });

  it('keeps each user their own settings; a change names only what it changes', async () => {
    const changed = await h.request('PUT', URL, { cookie: manager, body: { timeZone: 'UTC' } });
    expect(changed.statusCode).toBe(200);
    expect(changed.json()).toEqual({ timeZone: 'UTC', locale: null });

    const language = await h.request('PUT', URL, { cookie: manager, body: { locale: 'zh-CN' } });
    expect(language.json()).toEqual({ timeZone: 'UTC', locale: 'zh-CN' });

    // A new session of the same user (another browser) sees them; the viewer does not.
    const otherBrowser = await h.login('manager');
    expect((await h.request('GET', URL, { cookie: otherBrowser })).json()).toEqual({
      timeZone: 'UTC',
      locale: 'zh-CN',
    });
    expect((await h.request('GET', URL, { cookie: viewer })).json()).toEqual(DEFAULT_PREFERENCES);

    // Back to the browser's choice of language.
    const cleared = await h.request('PUT', URL, { cookie: manager, body: { locale: null } });
    expect(cleared.json()).toEqual({ timeZone: 'UTC', locale: null });
    const row = await h.app.db
      .selectFrom('user_preferences')
      .selectAll()
      .where('username', '=', 'manager')
      .executeTakeFirstOrThrow();
    expect(row).toMatchObject({ time_zone: 'UTC', locale: null });
    expect(Date.parse(row.updated_at)).toBeGreaterThan(Date.now() - 60_000);
  });

  it('refuses bad input with 400 and the field, never a 5xx', async () => {
    const cases: Array<[string, { body?: unknown; rawBody?: string }, string | null]> = [
      ['unknown zone', { body: { timeZone: 'Mars/Olympus' } }, 'timeZone'],
      ['an IANA zone is not a choice', { body: { timeZone: 'Asia/Shanghai' } }, 'timeZone'],
      ['unknown language', { body: { locale: 'fr' } }, 'locale'],
      ['wrong type', { body: { timeZone: 1 } }, 'timeZone'],
      ['nothing to change', { body: {} }, null],
      ['unknown setting', { body: { theme: 'dark' } }, null],
      ['an array', { body: [] }, null],
      ['null', { rawBody: 'null' }, null],
      ['not JSON', { rawBody: '{"timeZone":' }, null],
    ];
    for (const [name, input, field] of cases) {
      const response = await h.request('PUT', URL, {
        cookie: viewer,
        ...input,
        headers: input.rawBody ? { 'content-type': 'application/json' } : undefined,
      });
      expect(response.statusCode, name).toBe(400);
      const body = response.json<{ code: string; fieldErrors?: Record<string, string> }>();
      expect(body.code, name).toBe('ValidationFailed');
      if (field) expect(Object.keys(body.fieldErrors ?? {}), name).toContain(field);
    }
    expect((await h.request('GET', URL, { cookie: viewer })).json()).toEqual(DEFAULT_PREFERENCES);
  });

  it('refuses a kiosk (its link carries its own zone and language)', async () => {
    const { link } = h.app.kioskLinks.issue({ label: 'Prefs' });
    const kiosk = await h.mintCookie({ username: 'kiosk:Prefs', role: 'kiosk', kioskId: link.id });
    expect((await h.request('GET', URL, { cookie: kiosk })).statusCode).toBe(403);
    const put = await h.request('PUT', URL, { cookie: kiosk, body: { timeZone: 'UTC' } });
    expect(put.statusCode).toBe(403);
  });

  it('refuses a change sent from another site', async () => {
    const response = await h.request('PUT', URL, {
      cookie: viewer,
      body: { timeZone: 'UTC' },
      headers: { origin: 'https://evil.example' },
    });
    expect(response.statusCode).toBe(403);
  });
});
