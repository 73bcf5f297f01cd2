import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

import { afterAll, describe, expect, it } from 'vitest';

import { firmwareOf, type Json, TestEmulator } from './harness';

const dirs: string[] = [];
function freshDir() {
  const dir = mkdtempSync(join(tmpdir(), 'ota-emulator-persist-'));
  dirs.push(dir);
  return dir;
}
afterAll(() => {
  for (const dir of dirs) rmSync(dir, { recursive: true, force: true });
});

async function moduleNames(emu: TestEmulator) {
  return (
    (await emu.rpc('ListOTAModuleByProduct', { ProductKey: 'a1FleetGw03' })).Data as Json[]
  ).map((m) => m.ModuleName);
}

describe('persistence', () => {
  it('keeps state across a restart and forgets it on reset', async () => {
    const dataDir = freshDir();
    const first = await TestEmulator.start({ dataDir });
    await first.rpc('CreateOTAModule', { ProductKey: 'a1FleetGw03', ModuleName: 'survivor' });
    const fw = (await firmwareOf(first, 'a1AssetTrk1'))[0]!;
    await first.rpc('CancelOTATaskByDevice', {
      ProductKey: 'a1AssetTrk1',
      FirmwareId: fw.FirmwareId,
      'DeviceName.1': 'trk-00001',
    });
    await first.hook('clock', { action: 'step', seconds: 600 });
    await first.emulator.close();

    const { startEmulator } = await import('../index');
    const again = await startEmulator({ dataDir, port: 0, clock: 'stopped', qps: 0 });
    try {
      const body = (await (await fetch(`${again.url}/__emulator/clock`)).json()) as {
        now: string;
        running: boolean;
      };
      expect(body).toEqual({ running: false, now: '2025-06-01T12:10:00.000Z' });
      const { default: RPCClient } = await import('@alicloud/pop-core');
      const client = new RPCClient({
        endpoint: again.url,
        apiVersion: '2018-01-20',
        accessKeyId: 'demo-access-key-id',
        accessKeySecret: 'demo-access-key-secret',
      });
      const list = await client.request<Json>('ListOTAModuleByProduct', {
        ProductKey: 'a1FleetGw03',
      });
      expect((list.Data as Json[]).map((m) => m.ModuleName)).toContain('survivor');
      await fetch(`${again.url}/__emulator/reset`, {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: '{}',
      });
      const after = await client.request<Json>('ListOTAModuleByProduct', {
        ProductKey: 'a1FleetGw03',
      });
      expect((after.Data as Json[]).map((m) => m.ModuleName)).not.toContain('survivor');
    } finally {
      await again.close();
    }
  });

  it('seeds the same world every time (same ids for the same anchor)', async () => {
    const a = await TestEmulator.start({ dataDir: freshDir() });
    const b = await TestEmulator.start({ dataDir: freshDir() });
    try {
      const ids = async (emu: TestEmulator) => {
        const fw = await firmwareOf(emu, 'a1AssetTrk1');
        const tasks = await emu.rpc('ListOTATaskByFirmware', {
          FirmwareId: fw[0]!.FirmwareId,
          PageSize: 100,
        });
        return [
          fw.map((f) => f.FirmwareId),
          ((tasks.Data as Json).SimpleOTATaskInfo as Json[]).map((t) => [
            t.TaskId,
            t.TaskStatus,
            t.IotId,
          ]),
        ];
      };
      expect(await ids(a)).toEqual(await ids(b));
      expect(await moduleNames(a)).toEqual(['default', 'router', 'lora']);
    } finally {
      await a.close();
      await b.close();
    }
  });
});
