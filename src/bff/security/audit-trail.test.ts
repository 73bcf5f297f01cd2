import type { FastifyInstance } from 'fastify';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

import { type SecureHarness, startSecureHarness } from './testing/secure-harness';

/** A test-only audited route whose body holds a secret, to prove parameters are scrubbed. */
function addSecretRoute(app: FastifyInstance) {
  app.post(
    '/api/__test/rotate',
    { config: { access: 'write', audit: 'TestRotate' } },
    async () => ({ ok: true }),
  );
}

let h: SecureHarness;
let manager: string;
let productKey: string;
beforeAll(async () => {
  h = await startSecureHarness({ extend: addSecretRoute });
  manager = await h.login('manager');
  // A product with room for one more custom module.
  for (const item of (await h.request('GET', '/api/products', { cookie: manager })).json().items) {
    const modules = (
      await h.request('GET', `/api/products/${item.productKey}/modules`, { cookie: manager })
    ).json();
    if (modules.customCount < modules.customLimit) {
      productKey = item.productKey;
      break;
    }
  }
});
afterAll(async () => {
  await h?.close();
});

describe('audit trail', () => {
  it('records a create (who, when, action, parameters, outcome, upstream RequestId) and keeps it across a restart', async () => {
    const created = await h.request('POST', `/api/products/${productKey}/modules`, {
      cookie: manager,
      body: { moduleName: 'auditmod', aliasName: 'Audit', desc: 'made by the audit test' },
      headers: { 'x-request-id': 'audit-test-request-1' },
    });
    expect(created.statusCode).toBeLessThan(300);
    const failed = await h.request('DELETE', `/api/products/${productKey}/modules/nosuchmodule`, {
      cookie: manager,
    });
    expect(failed.statusCode).toBeGreaterThanOrEqual(400);
    const viewer = await h.login('viewer');
    expect(
      (
        await h.request('DELETE', `/api/products/${productKey}/modules/auditmod`, {
          cookie: viewer,
        })
      ).statusCode,
    ).toBe(403);
    await h.request('POST', '/api/__test/rotate', {
      cookie: manager,
      body: { password: 'hunter2-secret', nested: { accessKeySecret: 'abc-secret' }, note: 'kept' },
    });

    // Restart the BFF on the same data folder.
    await h.closeApp();
    const again = await startSecureHarness({ reuse: { emulator: h.emulator, dataDir: h.dataDir } });
    try {
      const cookie = await again.login('manager');
      const page = (await again.request('GET', '/api/audit', { cookie })).json();
      // Four changes, and the three sign-ins this test made (manager, viewer, manager again).
      const changes = page.items.filter((e: { action: string }) => !e.action.startsWith('Sign'));
      expect(changes).toHaveLength(4);
      expect(page.total).toBe(7);
      const create = page.items.find((e: { action: string }) => e.action === 'CreateOTAModule');
      expect(create).toMatchObject({
        username: 'manager',
        role: 'manager',
        outcome: 'success',
        requestId: 'audit-test-request-1',
        parameters: { path: { productKey }, body: { moduleName: 'auditmod', aliasName: 'Audit' } },
      });
      expect(create.upstreamRequestIds.length).toBeGreaterThan(0);
      expect(Date.now() - Date.parse(create.at)).toBeLessThan(60_000);
      const failure = page.items.find(
        (e: { action: string; username: string }) =>
          e.action === 'DeleteOTAModule' && e.username === 'manager',
      );
      expect(failure).toMatchObject({ outcome: 'failure', errorCode: expect.any(String) });
      expect(failure.upstreamRequestIds.length).toBeGreaterThan(0);
      expect(changes.find((e: { username: string }) => e.username === 'viewer')).toMatchObject({
        outcome: 'denied',
        statusCode: 403,
      });
      const secret = page.items.find((e: { action: string }) => e.action === 'TestRotate');
      expect(secret.parameters.body).toEqual({
        password: '[Redacted]',
        nested: { accessKeySecret: '[Redacted]' },
        note: 'kept',
      });

      // Filters and paging.
      const byUser = (await again.request('GET', '/api/audit?user=viewer', { cookie })).json();
      expect(byUser.total).toBe(2);
      const byAction = (
        await again.request('GET', '/api/audit?action=CreateOTAModule&outcome=success', { cookie })
      ).json();
      expect(byAction.items).toHaveLength(1);
      const future = new Date(Date.now() + 3_600_000).toISOString();
      expect(
        (await again.request('GET', `/api/audit?from=${future}`, { cookie })).json().total,
      ).toBe(0);
      const paged = (await again.request('GET', '/api/audit?page=2&pageSize=3', { cookie })).json();
      expect(paged).toMatchObject({ page: 2, pageSize: 3, total: 7 });
      expect(paged.items).toHaveLength(3);
      const bad = await again.request('GET', '/api/audit?outcome=maybe&from=yesterday', { cookie });
      expect(bad.statusCode).toBe(400);
      expect(Object.keys(bad.json().fieldErrors)).toEqual(
        expect.arrayContaining(['outcome', 'from']),
      );

      // CSV export with the same filters, formula-safe.
      const csv = await again.request('GET', '/api/audit.csv?user=manager', { cookie });
      expect(csv.statusCode).toBe(200);
      expect(csv.headers['content-type']).toMatch(/text\/csv/);
      expect(csv.headers['content-disposition']).toMatch(/attachment; filename="audit-.*\.csv"/);
      const lines = csv.body.trim().split('\r\n');
      expect(lines[0]).toMatch(/^id,at,username,role,action,outcome/);
      // Header, three manager changes, two manager sign-ins.
      expect(lines).toHaveLength(6);
      expect(csv.body).not.toContain('hunter2-secret');

      // Managers only.
      const asViewer = await again.login('viewer');
      expect((await again.request('GET', '/api/audit', { cookie: asViewer })).statusCode).toBe(403);
      expect((await again.request('GET', '/api/audit.csv', { cookie: asViewer })).statusCode).toBe(
        403,
      );
      expect((await again.request('GET', '/api/audit')).statusCode).toBe(401);
    } finally {
      await again.closeApp();
    }
  });

  it('records sign-ins and sign-outs, successful or not, without storing what was typed', async () => {
    // The first test closed its app; a fresh BFF and emulator, with an empty trail.
    const h = await startSecureHarness();
    try {
      const cookie = await h.login('manager');
      await h.request('POST', '/api/auth/login', {
        body: { username: 'viewer', password: 'not-the-password' },
      });
      await h.request('POST', '/api/auth/login', {
        body: { username: 'MyPassw0rd!', password: 'x' },
      });
      const out = await h.login('viewer');
      expect(
        (await h.request('POST', '/api/auth/logout', { cookie: out, body: {} })).statusCode,
      ).toBe(204);
      const items = (await h.request('GET', '/api/audit?pageSize=10', { cookie })).json()
        .items as Array<Record<string, unknown>>;
      const [signOut, viewerIn, unknown, wrong] = items;
      expect(signOut).toMatchObject({ action: 'SignOut', username: 'viewer', outcome: 'success' });
      expect(viewerIn).toMatchObject({ action: 'SignIn', username: 'viewer', outcome: 'success' });
      expect(unknown).toMatchObject({
        action: 'SignIn',
        username: '(unknown user)',
        outcome: 'denied',
        statusCode: 401,
        parameters: {},
      });
      expect(wrong).toMatchObject({ action: 'SignIn', username: 'viewer', outcome: 'denied' });
      expect(JSON.stringify(items)).not.toContain('MyPassw0rd');
      expect(JSON.stringify(items)).not.toContain('not-the-password');
    } finally {
      await h.close();
    }
  });
});
