import { mkdtempSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';

import { afterAll, beforeAll, describe, expect, it } from 'vitest';

import { type RunningEmulator, startEmulator } from '../../emulator/index';
import { buildConfig } from '../config';
import { parseEnv } from '../env';
import { startBff } from '../server';

let emulator: RunningEmulator;
let dataDir: string;
beforeAll(async () => {
  dataDir = mkdtempSync(path.join(os.tmpdir(), 'ota-ops-'));
  emulator = await startEmulator({ host: '127.0.0.1', port: 0, dataDir, clock: 'stopped' });
});
afterAll(async () => {
  await emulator?.close();
  rmSync(dataDir, { recursive: true, force: true });
});

const config = () =>
  buildConfig(parseEnv({ DATA_DIR: dataDir, LOG_LEVEL: 'silent' }), { emulatorUrl: emulator.url });

async function faults(body: object) {
  await fetch(`${emulator.url}/__emulator/faults`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify(body),
  });
}

describe('operations', () => {
  it('serves a valid OpenAPI document listing every /api route with its schemas', async () => {
    const bff = await startBff(config(), 0, '127.0.0.1');
    try {
      const doc = (await (await fetch(`${bff.url}/api/openapi.json`)).json()) as {
        openapi: string;
        paths: Record<string, Record<string, { responses?: object }>>;
      };
      expect(doc.openapi).toMatch(/^3\./);
      const documented = new Set(
        Object.entries(doc.paths as Record<string, object>).flatMap(([p, methods]) =>
          Object.keys(methods).map((m) => `${m.toUpperCase()} ${p.replace(/\{(\w+)\}/g, ':$1')}`),
        ),
      );
      const routes = bff.app.routeCatalog.filter(
        (r) => r.url.startsWith('/api/') && r.method !== 'HEAD' && r.url !== '/api/openapi.json',
      );
      for (const route of routes)
        expect(documented, `${route.method} ${route.url}`).toContain(
          `${route.method} ${route.url}`,
        );
      for (const [p, methods] of Object.entries(
        doc.paths as Record<string, Record<string, { responses?: object }>>,
      )) {
        // /readyz (outside /api, for probes) answers 200 or 503 only.
        if (!p.startsWith('/api/')) continue;
        for (const [m, op] of Object.entries(methods)) {
          expect(Object.keys(op.responses ?? {}), `${m} ${p}`).toEqual(
            expect.arrayContaining(['4XX']),
          );
        }
      }
      // Every $ref resolves.
      const text = JSON.stringify(doc);
      for (const [, ref] of text.matchAll(/"\$ref":"#\/([^"]+)"/g)) {
        const target = ref!
          .split('/')
          .reduce<unknown>((node, key) => (node as Record<string, unknown>)?.[key], doc);
        expect(target, ref).toBeDefined();
      }
    } finally {
      await bff.close();
    }
  });

  it('readyz is 200 when the upstream answers and 503 when it does not', async () => {
    const bff = await startBff(config(), 0, '127.0.0.1');
    try {
      expect((await fetch(`${bff.url}/readyz`)).status).toBe(200);
      expect((await fetch(`${bff.url}/api/healthz`)).status).toBe(200);
    } finally {
      await bff.close();
    }
    const unreachable = buildConfig(parseEnv({ DATA_DIR: dataDir, LOG_LEVEL: 'silent' }), {
      emulatorUrl: 'http://127.0.0.1:9',
    });
    const down = await startBff(unreachable, 0, '127.0.0.1');
    try {
      const response = await fetch(`${down.url}/readyz`);
      expect(response.status).toBe(503);
      expect(await response.json()).toMatchObject({
        status: 'unavailable',
        code: 'UpstreamUnavailable',
      });
      expect((await fetch(`${down.url}/api/healthz`)).status).toBe(200);
    } finally {
      await down.close();
    }
  });

  it('shuts down gracefully: an in-flight request finishes, then nothing is accepted', async () => {
    const bff = await startBff(config(), 0, '127.0.0.1');
    const login = await fetch(`${bff.url}/api/auth/login`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ username: 'viewer', password: 'viewer' }),
    });
    const cookie = login.headers.get('set-cookie')!.split(';')[0]!;
    await faults({ clear: true, latencyMs: 800 });
    try {
      const inFlight = fetch(`${bff.url}/api/products`, { headers: { cookie } });
      await new Promise((resolve) => setTimeout(resolve, 200));
      const closed = bff.close();
      const response = await inFlight;
      expect(response.status).toBe(200);
      expect(((await response.json()) as { items: unknown[] }).items.length).toBeGreaterThan(0);
      await closed;
      await expect(fetch(`${bff.url}/api/healthz`)).rejects.toThrow();
    } finally {
      await faults({ clear: true });
    }
  });
});
