import {
  afterAll,
  afterEach,
  beforeAll,
  beforeEach,
  describe,
  expect,
  it,
  onTestFinished,
  vi,
} from 'vitest';

import type { ListOtaModuleByProductReply } from '../../shared/cloud';
import type { OtaModule } from '../../shared/contract/ota-modules';
import { toPascalKeys } from '../cloud/envelope';
import { toOtaModules } from '../cloud/to-contract';
import { UpstreamError } from '../cloud/upstream-error';
import { type Harness, startHarness } from '../testing/harness';

/** Seeded products (src/emulator/db/seed-catalog.ts). */
const FULL = 'a1AssetTrk1'; // exactly 10 custom modules
const CAM = 'a1DashCam02'; // camera (has firmware), storage, wifi
const EMPTY = 'a1TempSns04'; // only the default module

let h: Harness;
let manager: string;
let viewer: string;

async function modules(productKey: string): Promise<OtaModule[]> {
  const response = await h.request('GET', `/api/products/${productKey}/modules`, {
    cookie: viewer,
  });
  expect(response.statusCode).toBe(200);
  return response.json().items;
}

/** Upstream actions the BFF called while serving the requests of one test. */
function upstreamActions(spy: ReturnType<typeof spyOnUpstream>): string[] {
  return spy.mock.calls.map(([action]) => action);
}

function spyOnUpstream() {
  return vi.spyOn(h.app.cloud.client, 'call');
}

beforeAll(async () => {
  h = await startHarness();
  manager = await h.login('manager');
  viewer = await h.login('viewer');
});
beforeEach(async () => {
  await h.resetEmulator();
});
afterEach(() => {
  vi.restoreAllMocks();
});
afterAll(async () => {
  await h?.close();
});

describe('create', () => {
  it('creates a module that the list then shows', async () => {
    const body = { moduleName: 'Ble.stack_2-a', aliasName: 'BLE', desc: 'Radio stack' };
    const response = await h.request('POST', `/api/products/${EMPTY}/modules`, {
      cookie: manager,
      body,
    });
    expect(response.statusCode).toBe(201);
    expect(response.json()).toMatchObject({
      productKey: EMPTY,
      moduleName: 'Ble.stack_2-a',
      requestId: expect.any(String),
    });

    const list = await h.request('GET', `/api/products/${EMPTY}/modules`, { cookie: viewer });
    expect(list.json()).toMatchObject({ customCount: 1, customLimit: 10 });
    expect(list.json().items).toContainEqual(
      expect.objectContaining({
        moduleName: 'Ble.stack_2-a',
        aliasName: 'BLE',
        desc: 'Radio stack',
        isDefault: false,
      }),
    );
  });

  it('creates a module without an alias (optional, seeds 001/002) and sends no AliasName', async () => {
    const spy = spyOnUpstream();
    const response = await h.request('POST', `/api/products/${EMPTY}/modules`, {
      cookie: manager,
      body: { moduleName: 'noalias' },
    });
    expect(response.statusCode).toBe(201);
    const create = spy.mock.calls.find(([action]) => action === 'CreateOTAModule');
    expect(create?.[1]).not.toHaveProperty('AliasName', expect.anything());
    expect((await modules(EMPTY)).find((m) => m.moduleName === 'noalias')).toMatchObject({
      aliasName: '',
    });
  });

  it('trims spaces pasted around the name and alias; an inner space is named as the fault', async () => {
    const created = await h.request('POST', `/api/products/${EMPTY}/modules`, {
      cookie: manager,
      body: { moduleName: '  pasted ', aliasName: ' Pasted\t' },
    });
    expect(created.statusCode).toBe(201);
    expect(created.json().moduleName).toBe('pasted');
    expect((await modules(EMPTY)).find((m) => m.moduleName === 'pasted')).toMatchObject({
      aliasName: 'Pasted',
    });
    const inner = await h.request('POST', `/api/products/${EMPTY}/modules`, {
      cookie: manager,
      body: { moduleName: 'two words', aliasName: 'two words' },
    });
    expect(inner.statusCode).toBe(400);
    expect(inner.json().fieldErrors).toMatchObject({
      moduleName: 'Spaces are not allowed in a module name',
      aliasName: 'Spaces are not allowed in an alias',
    });
  });

  it('refuses a name that differs only in letter case, on the moduleName field, before creating', async () => {
    const spy = spyOnUpstream();
    const response = await h.request('POST', `/api/products/${CAM}/modules`, {
      cookie: manager,
      body: { moduleName: 'STORAGE', aliasName: 'x' },
    });
    expect(response.statusCode).toBe(409);
    expect(response.json()).toMatchObject({
      code: 'ModuleNameTaken',
      fieldErrors: { moduleName: expect.stringContaining('storage') },
      requestId: expect.any(String),
    });
    expect(upstreamActions(spy)).toEqual(['ListOTAModuleByProduct']);
  });

  it('maps the upstream’s refusal (a name taken a second ago) to the moduleName field with its RequestId', async () => {
    // The BFF's own listing is stale: someone created "camera" after it looked.
    const original = h.app.cloud.client.call.bind(h.app.cloud.client);
    vi.spyOn(h.app.cloud.client, 'call').mockImplementation(async (action, params, options) =>
      action === 'ListOTAModuleByProduct'
        ? { RequestId: 'stale', Success: true, Data: [] }
        : original(action, params, options),
    );
    const response = await h.request('POST', `/api/products/${CAM}/modules`, {
      cookie: manager,
      body: { moduleName: 'Camera', aliasName: 'x' },
    });
    expect(response.statusCode).toBe(400);
    const error = response.json();
    expect(error).toMatchObject({
      code: 'iot.ota.ModuleNameAlreadyExists',
      fieldErrors: { moduleName: expect.any(String) },
      requestId: expect.any(String),
    });
    expect(error.requestId).not.toBe('stale');
  });
});

describe('the limit of 10 custom modules', () => {
  it('is enforced by the BFF before it asks the upstream to create', async () => {
    const spy = spyOnUpstream();
    const response = await h.request('POST', `/api/products/${FULL}/modules`, {
      cookie: manager,
      body: { moduleName: 'eleventh', aliasName: 'Eleventh' },
    });
    expect(response.statusCode).toBe(409);
    expect(response.json()).toMatchObject({
      code: 'ModuleLimitReached',
      requestId: expect.any(String),
    });
    expect(response.json().message).toMatch(/10 custom modules/);
    expect(upstreamActions(spy)).toEqual(['ListOTAModuleByProduct']);
    expect((await modules(FULL)).filter((m) => !m.isDefault)).toHaveLength(10);
  });

  it('is enforced by the emulator too, when called directly with a signed request', async () => {
    const call = h.app.cloud.client.call('CreateOTAModule', {
      ProductKey: FULL,
      ModuleName: 'eleventh',
      AliasName: 'Eleventh',
    });
    await expect(call).rejects.toBeInstanceOf(UpstreamError);
    await expect(call).rejects.toMatchObject({
      code: 'iot.ota.ModuleCountExceeded',
      extra: { requestId: expect.any(String) },
    });
    expect((await modules(FULL)).filter((m) => !m.isDefault)).toHaveLength(10);
  });

  it('lets the 10th module in and refuses the 11th', async () => {
    // 21 calls in a row: lift the emulator's cloud-like 10 QPS for this test.
    await h.emulatorHook('/__emulator/throttle', { limitPerSecond: 0 });
    onTestFinished(() =>
      h.emulatorHook('/__emulator/throttle', { limitPerSecond: 10 }).then(() => undefined),
    );
    for (let i = 1; i <= 10; i++) {
      const response = await h.request('POST', `/api/products/${EMPTY}/modules`, {
        cookie: manager,
        body: { moduleName: `m${i}`, aliasName: `M${i}` },
      });
      expect(response.statusCode).toBe(201);
    }
    const eleventh = await h.request('POST', `/api/products/${EMPTY}/modules`, {
      cookie: manager,
      body: { moduleName: 'm11', aliasName: 'M11' },
    });
    expect(eleventh.statusCode).toBe(409);
    expect(eleventh.json().code).toBe('ModuleLimitReached');
  });
});

describe('update', () => {
  it('changes alias and description (and can clear the description)', async () => {
    const response = await h.request('PATCH', `/api/products/${CAM}/modules/storage`, {
      cookie: manager,
      body: { aliasName: 'SD-card-2', desc: '' },
    });
    expect(response.statusCode).toBe(200);
    expect(response.json()).toMatchObject({ moduleName: 'storage', requestId: expect.any(String) });
    expect((await modules(CAM)).find((m) => m.moduleName === 'storage')).toMatchObject({
      aliasName: 'SD-card-2',
      desc: '',
    });
  });

  it('keeps the alias when the update leaves it empty (the platform cannot remove one)', async () => {
    const response = await h.request('PATCH', `/api/products/${CAM}/modules/storage`, {
      cookie: manager,
      body: { aliasName: '', desc: 'kept alias' },
    });
    expect(response.statusCode).toBe(200);
    const storage = (await modules(CAM)).find((m) => m.moduleName === 'storage');
    expect(storage).toMatchObject({ desc: 'kept alias' });
    expect(storage?.aliasName).not.toBe('');
  });

  it('refuses the default module without calling upstream', async () => {
    const spy = spyOnUpstream();
    const response = await h.request('PATCH', `/api/products/${CAM}/modules/default`, {
      cookie: manager,
      body: { aliasName: 'Whole', desc: '' },
    });
    expect(response.statusCode).toBe(409);
    expect(response.json().code).toBe('DefaultModuleImmutable');
    expect(spy).not.toHaveBeenCalled();
  });

  it('passes the upstream’s “no such module” on with its RequestId', async () => {
    const response = await h.request('PATCH', `/api/products/${CAM}/modules/nope`, {
      cookie: manager,
      body: { aliasName: 'x' },
    });
    expect(response.statusCode).toBe(404);
    expect(response.json()).toMatchObject({
      code: 'iot.ota.NotExistedModule',
      requestId: expect.any(String),
    });
  });
});

describe('delete', () => {
  it('deletes a module', async () => {
    const response = await h.request('DELETE', `/api/products/${CAM}/modules/storage`, {
      cookie: manager,
    });
    expect(response.statusCode).toBe(200);
    expect(response.json()).toMatchObject({ moduleName: 'storage', requestId: expect.any(String) });
    expect((await modules(CAM)).map((m) => m.moduleName)).not.toContain('storage');
  });

  it('refuses the default module without calling upstream', async () => {
    const spy = spyOnUpstream();
    const response = await h.request('DELETE', `/api/products/${CAM}/modules/default`, {
      cookie: manager,
    });
    expect(response.statusCode).toBe(409);
    expect(response.json()).toMatchObject({
      code: 'DefaultModuleImmutable',
      message: expect.stringMatching(/default module/),
    });
    expect(spy).not.toHaveBeenCalled();
  });

  it('passes on the upstream’s refusal of a module that still has update packages', async () => {
    const response = await h.request('DELETE', `/api/products/${CAM}/modules/camera`, {
      cookie: manager,
    });
    expect(response.statusCode).toBe(400);
    expect(response.json()).toMatchObject({
      code: 'iot.ota.ModuleHasFirmware',
      requestId: expect.any(String),
    });
  });
});

describe('access', () => {
  it('refuses create, update and delete for a viewer (403) and never calls upstream', async () => {
    const spy = spyOnUpstream();
    const calls = [
      h.request('POST', `/api/products/${EMPTY}/modules`, {
        cookie: viewer,
        body: { moduleName: 'v', aliasName: 'v' },
      }),
      h.request('PATCH', `/api/products/${CAM}/modules/storage`, {
        cookie: viewer,
        body: { aliasName: 'v' },
      }),
      h.request('DELETE', `/api/products/${CAM}/modules/storage`, { cookie: viewer }),
    ];
    for (const response of await Promise.all(calls)) {
      expect(response.statusCode).toBe(403);
      expect(response.json().code).toBe('Forbidden');
    }
    expect(spy).not.toHaveBeenCalled();
    expect((await modules(CAM)).find((m) => m.moduleName === 'storage')?.aliasName).toBe('SD-card');
  });

  it('answers 401 without a session and 403 from another origin', async () => {
    const anonymous = await h.request('DELETE', `/api/products/${CAM}/modules/storage`);
    expect(anonymous.statusCode).toBe(401);
    const crossSite = await h.request('DELETE', `/api/products/${CAM}/modules/storage`, {
      cookie: manager,
      headers: { origin: 'https://evil.example' },
    });
    expect(crossSite.statusCode).toBe(403);
    expect((await modules(CAM)).map((m) => m.moduleName)).toContain('storage');
  });
});

describe('validation happens before anything is signed', () => {
  const tooLong = 'a'.repeat(65);
  const invalid: Array<[string, 'POST' | 'PATCH' | 'DELETE', string, unknown, string]> = [
    [
      'a 65-character name',
      'POST',
      `/api/products/${EMPTY}/modules`,
      { moduleName: tooLong, aliasName: 'x' },
      'moduleName',
    ],
    [
      'a name with a space',
      'POST',
      `/api/products/${EMPTY}/modules`,
      { moduleName: 'my module', aliasName: 'x' },
      'moduleName',
    ],
    [
      'an empty name',
      'POST',
      `/api/products/${EMPTY}/modules`,
      { moduleName: '', aliasName: 'x' },
      'moduleName',
    ],
    [
      'an alias with a space inside',
      'POST',
      `/api/products/${EMPTY}/modules`,
      { moduleName: 'ok', aliasName: 'two words' },
      'aliasName',
    ],
    [
      'an alias with a slash',
      'PATCH',
      `/api/products/${CAM}/modules/storage`,
      { aliasName: ' a/b ' },
      'aliasName',
    ],
    [
      'a 101-character description',
      'PATCH',
      `/api/products/${CAM}/modules/storage`,
      { aliasName: 'x', desc: 'd'.repeat(101) },
      'desc',
    ],
    [
      'a malformed module name in the path',
      'DELETE',
      `/api/products/${CAM}/modules/bad%20name!`,
      undefined,
      'moduleName',
    ],
  ];

  it.each(invalid)(
    '%s is refused with a field error and reaches no upstream',
    async (_label, method, url, body, field) => {
      // A pending fault on the emulator: the first RPC that reaches it would consume it.
      await h.emulatorHook('/__emulator/faults', { status5xx: 1 });
      const spy = spyOnUpstream();
      const response = await h.request(method, url, { cookie: manager, body });
      expect(response.statusCode).toBe(400);
      expect(response.json()).toMatchObject({
        code: 'ValidationFailed',
        fieldErrors: { [field]: expect.any(String) },
      });
      expect(spy).not.toHaveBeenCalled();
      const faults = (await fetch(`${h.emulator.url}/__emulator/faults`).then((r) => r.json())) as {
        status5xx: number;
      };
      expect(faults.status5xx).toBe(1);
    },
  );
});

describe('the upstream’s reply, in either casing, becomes one typed shape', () => {
  const expected = {
    productKey: 'k4in4Ke',
    moduleName: 'ble',
    aliasName: 'BLEModules',
    desc: 'BLEModules',
    gmtCreate: '2024-11-11T07:36:00.000Z',
    gmtModified: '2024-11-11T07:36:00.000Z',
    isDefault: false,
  };

  it('reads Tuya’s lower-camel sample (seed 000: `data` as one object)', () => {
    const seed000 = {
      code: '',
      data: {
        desc: 'BLEModules',
        gmtCreate: '2024-11-11T07:36Z',
        moduleName: 'ble',
        aliasName: 'BLEModules',
        gmtModified: '2024-11-11T07:36Z',
        productKey: 'k4in4Ke',
      },
      requestId: 'd2fce065-8238-4ee2-a793-0226f69b0542',
      success: true,
    };
    expect(toOtaModules(toPascalKeys(seed000) as ListOtaModuleByProductReply, 'k4in4Ke')).toEqual([
      expected,
    ]);
  });

  it('reads Alibaba’s PascalCase (a `Data` array), marking the default module', () => {
    const body = {
      RequestId: 'r',
      Success: true,
      Data: [
        {
          ModuleName: 'default',
          AliasName: '',
          Desc: '',
          ProductKey: 'k4in4Ke',
          GmtCreate: '2024-11-11 T07:36Z',
          GmtModified: '2024-11-11T07:36Z',
        },
        {
          ModuleName: 'ble',
          AliasName: 'BLEModules',
          Desc: 'BLEModules',
          ProductKey: 'k4in4Ke',
          GmtCreate: '2024-11-11T07:36Z',
          GmtModified: '2024-11-11T07:36Z',
        },
      ],
    };
    const items = toOtaModules(toPascalKeys(body) as ListOtaModuleByProductReply, 'k4in4Ke');
    expect(items[0]).toMatchObject({
      moduleName: 'default',
      isDefault: true,
      gmtCreate: '2024-11-11T07:36:00.000Z',
    });
    expect(items[1]).toEqual(expected);
  });
});
