import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';

import Database from 'better-sqlite3';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

import { startupKioskLink } from '../kiosk/kiosk-links';
import { type Harness, startHarness } from '../testing/harness';

let h: Harness;
beforeAll(async () => {
  h = await startHarness({ KIOSK_REFRESH_SECONDS: '12' });
});
afterAll(async () => {
  await h?.close();
});

/** The raw Set-Cookie line for `name` (the value stays URL-encoded, as a browser sends it back). */
function setCookie(response: { headers: Record<string, unknown> }, name: string) {
  return [response.headers['set-cookie'] ?? []]
    .flat()
    .map(String)
    .find((c) => c.startsWith(`${name}=`));
}

async function kioskCookie(token: string) {
  const response = await h.request('POST', '/api/kiosk/session', { body: { token } });
  expect(response.statusCode, response.body).toBe(200);
  return String(setCookie(response, 'ota_session')).split(';')[0] as string;
}

describe('kiosk links', () => {
  it('are stored hashed: the token is not in the database', () => {
    const { token, link } = h.app.kioskLinks.issue({ label: 'Lobby' });
    expect(token).toMatch(/^[A-Za-z0-9_-]{43}$/);
    const db = new Database(path.join(h.config.dataDir, 'console.sqlite'), { readonly: true });
    const row = db.prepare('SELECT * FROM kiosk_links WHERE id = ?').get(link.id) as Record<
      string,
      unknown
    >;
    db.close();
    expect(JSON.stringify(row)).not.toContain(token);
    expect(row.token_hash).toMatch(/^[0-9a-f]{64}$/);
  });

  it('a link opens a kiosk session that may read its panels and nothing else', async () => {
    const { token } = h.app.kioskLinks.issue({ label: 'Ops room' });
    const cookie = await kioskCookie(token);

    const config = await h.request('GET', '/api/kiosk/config', { cookie });
    expect(config.statusCode).toBe(200);
    // A link issued without settings: the defaults.
    expect(config.json()).toMatchObject({
      label: 'Ops room',
      refreshSeconds: 12,
      range: '24h',
      rotateSeconds: 20,
      stuckHours: 6,
      zone: 'UTC',
      lang: 'en',
    });
    const panels = config.json().panels as Array<{ productKey: string; title: string }>;
    expect(panels.length).toBeGreaterThanOrEqual(3);

    const allowed = await h.request(
      'GET',
      `/api/reports/summary?productKey=${panels[0]?.productKey}&range=30d&pageSize=0`,
      { cookie },
    );
    expect(allowed.statusCode).toBe(200);

    for (const url of [
      '/api/products',
      `/api/reports/export.csv?productKey=${panels[0]?.productKey}&range=30d`,
      `/api/products/${panels[0]?.productKey}/firmware`,
      '/api/reports/summary?ids=ABC&range=30d',
    ]) {
      expect((await h.request('GET', url, { cookie })).statusCode, url).toBe(403);
    }
  });

  it('a link limited to one product shows its settings and name, and refuses other products', async () => {
    const { token } = h.app.kioskLinks.issue({
      label: 'Trackers',
      panels: [{ title: 'a1AssetTrk1', productKey: 'a1AssetTrk1' }],
      settings: { range: '7d', rotateSeconds: 45, stuckHours: 2.5, zone: 'Asia/Shanghai' },
    });
    const cookie = await kioskCookie(token);
    const config = (await h.request('GET', '/api/kiosk/config', { cookie })).json();
    expect(config).toMatchObject({
      label: 'Trackers',
      range: '7d',
      rotateSeconds: 45,
      stuckHours: 2.5,
      zone: 'Asia/Shanghai',
      lang: 'en',
    });
    // Titled with the product's name.
    expect(config.panels).toEqual([{ title: 'Asset Tracker T1', productKey: 'a1AssetTrk1' }]);
    const other = await h.request(
      'GET',
      '/api/reports/summary?productKey=other&range=30d&pageSize=0',
      { cookie },
    );
    expect(other.statusCode).toBe(403);
  });

  it('revoking a link ends its session on the next request, and the link opens nothing more', async () => {
    const { token, link } = h.app.kioskLinks.issue({ label: 'Temporary' });
    const cookie = await kioskCookie(token);
    expect((await h.request('GET', '/api/kiosk/config', { cookie })).statusCode).toBe(200);
    expect(h.app.kioskLinks.revoke(link.id)).toBe(true);
    expect((await h.request('GET', '/api/kiosk/config', { cookie })).statusCode).toBe(401);
    const again = await h.request('POST', '/api/kiosk/session', { body: { token } });
    expect(again.statusCode).toBe(401);
    expect(again.json().code).toBe('KioskLinkRevoked');
  });

  it('the screen sets up a new session from its HttpOnly link cookie, until the link is revoked', async () => {
    const { token, link } = h.app.kioskLinks.issue({ label: 'Wall' });
    const first = await h.request('POST', '/api/kiosk/session', { body: { token } });
    const line = setCookie(first, 'ota_kiosk_link') as string;
    // Sent only to the token exchange, never readable by the page's scripts.
    expect(line).toMatch(/; Path=\/api\/kiosk\/session/);
    expect(line).toMatch(/; HttpOnly/);
    expect(line).toMatch(/; SameSite=Strict/);
    expect(line).toMatch(/; Max-Age=\d{8}/);
    const linkCookie = line.split(';')[0] as string;

    // The session lapsed (no session cookie): the link cookie alone opens a new one.
    const renewed = await h.request('POST', '/api/kiosk/session', { body: {}, cookie: linkCookie });
    expect(renewed.statusCode, renewed.body).toBe(200);
    const cookie = String(setCookie(renewed, 'ota_session')).split(';')[0] as string;
    expect((await h.request('GET', '/api/kiosk/config', { cookie })).statusCode).toBe(200);

    // No token and no link cookie: nothing to renew from.
    const none = await h.request('POST', '/api/kiosk/session', { body: {} });
    expect(none.statusCode).toBe(401);
    expect(none.json().code).toBe('InvalidKioskLink');

    h.app.kioskLinks.revoke(link.id);
    const revoked = await h.request('POST', '/api/kiosk/session', { body: {}, cookie: linkCookie });
    expect(revoked.statusCode).toBe(401);
    expect(revoked.json().code).toBe('KioskLinkRevoked');
    // The screen's copy of the link is dropped.
    expect(setCookie(revoked, 'ota_kiosk_link')).toMatch(/^ota_kiosk_link=;/);
  });

  it('a kiosk gets aggregates only, whatever page size it asks for', async () => {
    const { token } = h.app.kioskLinks.issue({ label: 'Aggregates' });
    const cookie = await kioskCookie(token);
    const url = '/api/reports/summary?productKey=a1AssetTrk1&range=30d&pageSize=50';
    let answer = await h.request('GET', url, { cookie });
    // The first answers may be progress while the report is made.
    for (let i = 0; i < 60 && answer.json().state === 'pending'; i++) {
      await new Promise((resolve) => setTimeout(resolve, 250));
      answer = await h.request('GET', url, { cookie });
    }
    expect(answer.statusCode).toBe(200);
    expect(answer.json()).toMatchObject({ state: 'ready', rows: { items: [], pageSize: 0 } });
    expect(answer.json().counts.succeeded).toBeGreaterThan(0);
  });

  it('refuses an unknown token', async () => {
    const response = await h.request('POST', '/api/kiosk/session', {
      body: { token: 'x'.repeat(43) },
    });
    expect(response.statusCode).toBe(401);
  });

  it('console users may open the kiosk view too', async () => {
    const cookie = await h.login('viewer');
    expect((await h.request('GET', '/api/kiosk/config', { cookie })).statusCode).toBe(200);
  });

  it('the start-up link is reused across restarts while active, and replaced once revoked', () => {
    const first = startupKioskLink(h.app.kioskLinks, h.config.dataDir, 'http://localhost:1');
    const again = startupKioskLink(h.app.kioskLinks, h.config.dataDir, 'http://localhost:1');
    expect(again).toBe(first);
    const file = path.join(h.config.dataDir, 'kiosk-startup-token');
    expect(existsSync(file)).toBe(true);
    const token = readFileSync(file, 'utf8');
    const id = h.app.kioskLinks.verify(token)?.id as string;
    h.app.kioskLinks.revoke(id);
    const next = startupKioskLink(h.app.kioskLinks, h.config.dataDir, 'http://localhost:1');
    expect(next).not.toBe(first);
    expect(next).toMatch(/^http:\/\/localhost:1\/kiosk\?token=[A-Za-z0-9_-]{43}$/);
  });
});
