import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';

import { $Iot, type Json, TestEmulator } from './harness';

let emu: TestEmulator;
beforeAll(async () => {
  emu = await TestEmulator.start();
});
afterAll(() => emu.close());
beforeEach(() => emu.resetIfDirty());

const FULL = 'a1AssetTrk1';
const ROOMY = 'a1FleetGw03';

async function modules(productKey: string): Promise<Json[]> {
  return (await emu.rpc('ListOTAModuleByProduct', { ProductKey: productKey }, 'GET'))
    .Data as Json[];
}

describe('ListOTAModuleByProduct', () => {
  it('answers Data as an array with the default module first (pop-core GET)', async () => {
    const list = await modules(FULL);
    expect(list).toHaveLength(11);
    expect(list[0]).toMatchObject({ ModuleName: 'default', ProductKey: FULL });
    expect(Object.keys(list[1]!).sort()).toEqual([
      'AliasName',
      'Desc',
      'GmtCreate',
      'GmtModified',
      'ModuleName',
      'ProductKey',
    ]);
    expect(list[1]!.GmtCreate).toMatch(/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}Z$/);
  });

  it('is read by the official SDK in both signature modes', async () => {
    for (const mode of ['v2', 'v3'] as const) {
      const reply = await emu
        .iot(mode)
        .listOTAModuleByProduct(new $Iot.ListOTAModuleByProductRequest({ productKey: ROOMY }));
      expect(reply.statusCode).toBe(200);
      expect(reply.body?.success).toBe(true);
      expect(reply.body?.data?.map((m) => m.moduleName)).toEqual(['default', 'router', 'lora']);
    }
  });

  it('refuses a missing, malformed or unknown ProductKey', async () => {
    expect((await emu.rpcError('ListOTAModuleByProduct', {})).code).toBe('iot.prod.NullProductKey');
    expect((await emu.rpcError('ListOTAModuleByProduct', { ProductKey: 'bad key!' })).code).toBe(
      'iot.prod.InvalidFormattedProductkey',
    );
    expect((await emu.rpcError('ListOTAModuleByProduct', { ProductKey: 'a1Nope' })).code).toBe(
      'iot.prod.NotExistedProduct',
    );
  });
});

describe('CreateOTAModule', () => {
  it('creates a module with the edge characters and keeps GmtCreate', async () => {
    const name = `A.b-c_${'x'.repeat(58)}`;
    expect(name).toHaveLength(64);
    const reply = await emu.rpc('CreateOTAModule', {
      ProductKey: ROOMY,
      ModuleName: name,
      AliasName: 'a'.repeat(64),
      Desc: 'd'.repeat(100),
    });
    expect(reply).toMatchObject({ Success: true });
    expect(reply.Code).toBeUndefined();
    expect((await modules(ROOMY)).at(-1)).toMatchObject({
      ModuleName: name,
      AliasName: 'a'.repeat(64),
      Desc: 'd'.repeat(100),
    });
  });

  it('creates through the official SDK (v3) and answers Success:false without throwing on a clash', async () => {
    const client = emu.iot('v3');
    const ok = await client.createOTAModule(
      new $Iot.CreateOTAModuleRequest({
        productKey: ROOMY,
        moduleName: 'Scanner',
        aliasName: 'Scan',
      }),
    );
    expect(ok.body?.success).toBe(true);
    const clash = await client.createOTAModule(
      new $Iot.CreateOTAModuleRequest({ productKey: ROOMY, moduleName: 'scanner' }),
    );
    expect(clash.statusCode).toBe(200);
    expect(clash.body).toMatchObject({ success: false, code: 'iot.ota.ModuleNameAlreadyExists' });
    expect(clash.body?.errorMessage).toContain('scanner');
  });

  it.each([
    ['', 'iot.ota.InvalidFormattedModuleName'],
    ['x'.repeat(65), 'iot.ota.InvalidFormattedModuleName'],
    ['has space', 'iot.ota.InvalidFormattedModuleName'],
    ['模块', 'iot.ota.InvalidFormattedModuleName'],
    ['DEFAULT', 'iot.ota.ModuleNameAlreadyExists'],
    ['Router', 'iot.ota.ModuleNameAlreadyExists'],
  ])('refuses module name %j with %s', async (name, code) => {
    const error = await emu.rpcError('CreateOTAModule', { ProductKey: ROOMY, ModuleName: name });
    expect(error.code).toBe(code);
    expect(error.data).toMatchObject({ Success: false, Code: code });
    expect(error.data.ErrorMessage).toBeTruthy();
    expect(error.data.RequestId).toMatch(/^[0-9A-F-]{36}$/);
  });

  it('refuses an alias over 64 or blank, and a description over 100 characters', async () => {
    const base = { ProductKey: ROOMY, ModuleName: 'ok' };
    expect(
      (await emu.rpcError('CreateOTAModule', { ...base, AliasName: 'a'.repeat(65) })).code,
    ).toBe('iot.ota.InvalidFormattedAliasName');
    expect((await emu.rpcError('CreateOTAModule', { ...base, AliasName: '   ' })).code).toBe(
      'iot.ota.InvalidFormattedAliasName',
    );
    expect((await emu.rpcError('CreateOTAModule', { ...base, Desc: 'd'.repeat(101) })).code).toBe(
      'iot.ota.InvalidFormattedModuleDesc',
    );
    expect((await modules(ROOMY)).map((m) => m.ModuleName)).not.toContain('ok');
  });

  it('creates a module without AliasName (optional in seeds 001/002) and lists its alias empty', async () => {
    expect(
      await emu.rpc('CreateOTAModule', { ProductKey: ROOMY, ModuleName: 'bare' }),
    ).toMatchObject({ Success: true });
    expect((await modules(ROOMY)).at(-1)).toMatchObject({ ModuleName: 'bare', AliasName: '' });
  });

  it('names an inner space as the fault and never trims (the console trims before it calls)', async () => {
    const base = { ProductKey: ROOMY };
    const inner = await emu.rpcError('CreateOTAModule', { ...base, ModuleName: 'two words' });
    expect(inner.data.ErrorMessage).toMatch(/Spaces are not allowed/);
    expect((await emu.rpcError('CreateOTAModule', { ...base, ModuleName: ' padded' })).code).toBe(
      'iot.ota.InvalidFormattedModuleName',
    );
  });

  it('counts characters, not bytes, for the alias', async () => {
    await emu.rpc('CreateOTAModule', {
      ProductKey: ROOMY,
      ModuleName: 'cjk',
      AliasName: '模'.repeat(64),
    });
    expect((await modules(ROOMY)).at(-1)?.AliasName).toBe('模'.repeat(64));
  });

  it('allows 10 custom modules and refuses the 11th; the default module is not counted', async () => {
    expect(
      (await emu.rpcError('CreateOTAModule', { ProductKey: FULL, ModuleName: 'eleventh' })).code,
    ).toBe('iot.ota.ModuleCountExceeded');
    for (let i = 3; i <= 10; i++)
      await emu.rpc('CreateOTAModule', { ProductKey: ROOMY, ModuleName: `m${i}` });
    expect(await modules(ROOMY)).toHaveLength(11);
    expect(
      (await emu.rpcError('CreateOTAModule', { ProductKey: ROOMY, ModuleName: 'm11' })).code,
    ).toBe('iot.ota.ModuleCountExceeded');
    await emu.rpc('DeleteOTAModule', { ProductKey: ROOMY, ModuleName: 'm10' });
    await emu.rpc('CreateOTAModule', { ProductKey: ROOMY, ModuleName: 'm11' });
  });

  it('accepts a known IotInstanceId and refuses an unknown one', async () => {
    await emu.rpc('CreateOTAModule', {
      ProductKey: ROOMY,
      ModuleName: 'inst',
      IotInstanceId: 'iot-emulator-demo',
    });
    expect(
      (
        await emu.rpcError('CreateOTAModule', {
          ProductKey: ROOMY,
          ModuleName: 'inst2',
          IotInstanceId: 'iot-other',
        })
      ).code,
    ).toBe('iot.system.InstanceNotFound');
  });
});

describe('UpdateOTAModule', () => {
  it('changes alias and description only, keeping GmtCreate and moving GmtModified', async () => {
    const before = (await modules(ROOMY)).find((m) => m.ModuleName === 'lora')!;
    await emu.hook('clock', { action: 'step', seconds: 3600 });
    await emu.rpc('UpdateOTAModule', {
      ProductKey: ROOMY,
      ModuleName: 'LoRa',
      AliasName: 'LoRa-2',
      Desc: '',
    });
    const after = (await modules(ROOMY)).find((m) => m.ModuleName === 'lora')!;
    expect(after).toMatchObject({
      ModuleName: 'lora',
      AliasName: 'LoRa-2',
      Desc: '',
      GmtCreate: before.GmtCreate,
    });
    expect(after.GmtModified).not.toBe(before.GmtModified);
  });

  it('refuses unknown modules, the default module and over-long fields', async () => {
    expect(
      (
        await emu.rpcError('UpdateOTAModule', {
          ProductKey: ROOMY,
          ModuleName: 'nope',
          AliasName: 'x',
        })
      ).code,
    ).toBe('iot.ota.NotExistedModule');
    expect(
      (
        await emu.rpcError('UpdateOTAModule', {
          ProductKey: ROOMY,
          ModuleName: 'default',
          AliasName: 'x',
        })
      ).code,
    ).toBe('iot.ota.DefaultModuleImmutable');
    expect(
      (
        await emu.rpcError('UpdateOTAModule', {
          ProductKey: ROOMY,
          ModuleName: 'lora',
          Desc: 'd'.repeat(101),
        })
      ).code,
    ).toBe('iot.ota.InvalidFormattedModuleDesc');
    expect(
      (await emu.rpcError('UpdateOTAModule', { ProductKey: ROOMY, AliasName: 'x' })).code,
    ).toBe('iot.common.InvalidFormattedParameter');
  });
});

describe('DeleteOTAModule', () => {
  it('deletes a module without firmware', async () => {
    await emu.rpc('DeleteOTAModule', { ProductKey: FULL, ModuleName: 'audio' });
    expect((await modules(FULL)).map((m) => m.ModuleName)).not.toContain('audio');
  });

  it('refuses the default module, a module with firmware and an unknown module', async () => {
    expect(
      (await emu.rpcError('DeleteOTAModule', { ProductKey: FULL, ModuleName: 'default' })).code,
    ).toBe('iot.ota.DefaultModuleImmutable');
    expect(
      (await emu.rpcError('DeleteOTAModule', { ProductKey: FULL, ModuleName: 'ble' })).code,
    ).toBe('iot.ota.ModuleHasFirmware');
    expect(
      (await emu.rpcError('DeleteOTAModule', { ProductKey: FULL, ModuleName: 'ghost' })).code,
    ).toBe('iot.ota.NotExistedModule');
  });
});
