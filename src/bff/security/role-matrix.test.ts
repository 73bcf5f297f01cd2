import { afterAll, beforeAll, describe, expect, it } from 'vitest';

import { ALLOWED_ROLES, type RouteEntry } from '../plugins/auth';
import { type Method, type SecureHarness, startSecureHarness } from './testing/secure-harness';

let h: SecureHarness;
let routes: RouteEntry[];
beforeAll(async () => {
  h = await startSecureHarness({ env: { OTA_QUEUE_MAX_WAIT_MS: '10000' } });
  routes = h.app.routeCatalog.filter((r) => r.url.startsWith('/api/') && r.method !== 'HEAD');
});
afterAll(async () => {
  await h?.close();
});

const identities = ['anonymous', 'viewer', 'manager', 'kiosk'] as const;
type Identity = (typeof identities)[number];

async function cookieFor(identity: Identity): Promise<string | undefined> {
  if (identity === 'anonymous') return undefined;
  return h.mintCookie({ username: `matrix-${identity}`, role: identity });
}

function allowed(route: RouteEntry, identity: Identity): boolean {
  if (route.access === 'public') return true;
  if (identity === 'anonymous') return false;
  return ALLOWED_ROLES[route.access].includes(identity);
}

const concrete = (url: string) =>
  url.replace(/:(\w+)/g, (_m, name: string) => (name === 'productKey' ? 'a1NoSuchProduct' : 'x1'));

describe('role matrix: every /api route x unauthenticated, viewer, manager, kiosk', () => {
  it('knows every route, and every route declares its access', () => {
    expect(routes.length).toBeGreaterThan(8);
    expect(routes.filter((r) => !r.declared).map((r) => `${r.method} ${r.url}`)).toEqual([]);
    // Audited routes are state-changing; all but signing in and out are manager-only.
    for (const route of routes.filter((r) => r.audit)) {
      expect(route.method, route.url).not.toBe('GET');
      if (!route.url.startsWith('/api/auth/')) expect(route.access, route.url).toBe('write');
    }
    expect(routes.filter((r) => r.audit && r.access === 'public').map((r) => r.audit)).toEqual([
      'SignIn',
      'SignOut',
    ]);
  });

  it('answers without a session only where the contract says: health, the API document, sign-in', async () => {
    const open: string[] = [];
    for (const route of routes) {
      const hasBody = !['GET', 'DELETE', 'HEAD', 'OPTIONS'].includes(route.method);
      const response = await h.request(route.method as Method, concrete(route.url), {
        body: hasBody ? {} : undefined,
      });
      if (response.statusCode !== 401) open.push(`${route.method} ${route.url}`);
    }
    expect(open.sort()).toEqual([
      'GET /api/healthz',
      'GET /api/openapi.json',
      'POST /api/auth/login',
    ]);
    // The kiosk's token exchange is the kiosk's sign-in: without a link it refuses the link, not
    // the missing session.
    const exchange = await h.request('POST', '/api/kiosk/session', { body: {} });
    expect(exchange.json().code).toBe('InvalidKioskLink');
  });

  it('answers each call as the declared access says', async () => {
    const rows: string[] = [];
    for (const route of routes) {
      for (const identity of identities) {
        const hasBody = !['GET', 'DELETE', 'HEAD', 'OPTIONS'].includes(route.method);
        const response = await h.request(route.method as Method, concrete(route.url), {
          cookie: await cookieFor(identity),
          body: hasBody ? {} : undefined,
        });
        const status = response.statusCode;
        const expected = allowed(route, identity);
        rows.push(`${route.method} ${route.url} ${identity} -> ${status}`);
        expect(status, `${route.method} ${route.url} as ${identity}`).toBeLessThan(500);
        if (!expected) {
          expect(status, `${route.method} ${route.url} as ${identity}`).toBe(
            identity === 'anonymous' ? 401 : 403,
          );
        } else if (route.access !== 'public') {
          expect([401, 403], `${route.method} ${route.url} as ${identity}`).not.toContain(status);
        }
      }
    }
    expect(rows.length).toBe(routes.length * identities.length);
  });
});

/** Keys that name a device or a package: a kiosk never receives them (issue 16, item 11). */
const DEVICE_LEVEL_KEYS = new Set(['terminalId', 'terminalNum', 'url', 'deviceName', 'iotId']);
const deviceLevelKeys = (value: unknown): string[] => {
  if (Array.isArray(value)) return value.flatMap(deviceLevelKeys);
  if (!value || typeof value !== 'object') return [];
  return Object.entries(value).flatMap(([key, inner]) => [
    ...(DEVICE_LEVEL_KEYS.has(key) ? [key] : []),
    ...deviceLevelKeys(inner),
  ]);
};

/** A query that would list devices, for each route a kiosk may read. */
const DEVICE_LISTING_QUERY: Record<string, string> = {
  '/api/reports/summary': '?productKey=a1AssetTrk1&range=30d&pageSize=50',
  '/api/reports/stream': '?productKey=a1AssetTrk1&range=30d&pageSize=50',
  '/api/kiosk/config': '',
};

describe('kiosk sessions get aggregate-only answers', () => {
  it('no route a kiosk may read answers terminal ids, device numbers or package URLs', async () => {
    const { link } = h.app.kioskLinks.issue({ label: 'Matrix' });
    const kiosk = await h.mintCookie({ username: 'kiosk:Matrix', role: 'kiosk', kioskId: link.id });
    const viewer = await cookieFor('viewer');
    const kioskRoutes = routes.filter((r) => r.method === 'GET' && r.access === 'kiosk');
    expect(kioskRoutes.map((r) => r.url).sort()).toEqual(Object.keys(DEVICE_LISTING_QUERY).sort());
    const ask = async (url: string, cookie?: string) => {
      for (let i = 0; ; i++) {
        const response = await h.request('GET', url, { cookie });
        // The first answers of a report may be progress while it is made.
        if (response.json().state !== 'pending' || i > 80) return response;
        await new Promise((resolve) => setTimeout(resolve, 250));
      }
    };
    for (const route of kioskRoutes) {
      const url = `${route.url}${DEVICE_LISTING_QUERY[route.url]}`;
      const answer = await ask(url, kiosk);
      expect(answer.statusCode, url).toBe(200);
      expect(deviceLevelKeys(answer.json()), url).toEqual([]);
    }
    // The same report question from a viewer does list devices: the check above can see them.
    const rows = await ask(
      `/api/reports/summary${DEVICE_LISTING_QUERY['/api/reports/summary']}`,
      viewer,
    );
    expect(deviceLevelKeys(rows.json())).toContain('terminalId');

    // The stuck devices: a kiosk gets their count, never the list; the console gets them by name.
    const stuckQuery = '?productKey=a1AssetTrk1&range=30d&stuckHours=6&show=stuck&pageSize=50';
    const kioskStuck = await ask(`/api/reports/summary${stuckQuery}`, kiosk);
    expect(kioskStuck.json().stuck.devices).toBeGreaterThan(0);
    expect(kioskStuck.json().rows.items).toEqual([]);
    expect(deviceLevelKeys(kioskStuck.json())).toEqual([]);
    expect(
      (await h.request('GET', `/api/reports/stuck${stuckQuery}`, { cookie: kiosk })).statusCode,
    ).toBe(403);
    const listed = await ask(`/api/reports/stuck${stuckQuery}`, viewer);
    expect(listed.statusCode).toBe(200);
    expect(listed.json().total).toBe(kioskStuck.json().stuck.devices);
    expect(deviceLevelKeys(listed.json())).toEqual(
      expect.arrayContaining(['deviceName', 'terminalId']),
    );
  });
});
