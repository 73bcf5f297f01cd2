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

async function kioskCookie(token: string) {
  const response = await h.request('POST', '/api/kiosk/session', { body: { token } });
  expect(response.statusCode, response.body).toBe(200);
  // The raw header: the value stays URL-encoded, as a browser sends it back.
  const header = [response.headers['set-cookie'] ?? []]
    .flat()
    .find((c) => c.startsWith('ota_session='));
  return String(header).split(';')[0] as string;
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
    expect(config.json()).toMatchObject({ refreshSeconds: 12, range: '30d' });
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

  it('a link limited to one product refuses other products', async () => {
    const { token } = h.app.kioskLinks.issue({
      label: 'Trackers',
      panels: [{ title: 'Trackers', productKey: 'a1AssetTrk1' }],
    });
    const cookie = await kioskCookie(token);
    expect((await h.request('GET', '/api/kiosk/config', { cookie })).json().panels).toEqual([
      { title: 'Trackers', productKey: 'a1AssetTrk1' },
    ]);
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
    expect(again.json().code).toBe('InvalidKioskLink');
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
