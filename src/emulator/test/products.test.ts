import { afterAll, beforeAll, describe, expect, it } from 'vitest';

import { $Iot, type Json, TestEmulator } from './harness';

let emu: TestEmulator;
beforeAll(async () => {
  emu = await TestEmulator.start();
});
afterAll(() => emu.close());

describe('QueryProductList', () => {
  it('answers Data.List.ProductInfo[] with the paging fields inside Data', async () => {
    const reply = await emu.rpc('QueryProductList', { CurrentPage: 1, PageSize: 3 }, 'GET');
    const data = reply.Data as Json;
    expect(data).toMatchObject({ CurrentPage: 1, PageSize: 3, Total: 4, PageCount: 2 });
    const products = (data.List as Json).ProductInfo as Json[];
    expect(products.map((p) => p.ProductKey)).toEqual([
      'a1AssetTrk1',
      'a1DashCam02',
      'a1FleetGw03',
    ]);
    expect(products[0]).toMatchObject({
      ProductName: 'Asset Tracker T1',
      DeviceCount: 1000,
      NodeType: 0,
    });
    const page2 = (await emu.rpc('QueryProductList', { CurrentPage: 2, PageSize: 3 })).Data as Json;
    expect(((page2.List as Json).ProductInfo as Json[]).map((p) => p.ProductKey)).toEqual([
      'a1TempSns04',
    ]);
    const beyond = (await emu.rpc('QueryProductList', { CurrentPage: 9, PageSize: 3 }))
      .Data as Json;
    expect((beyond.List as Json).ProductInfo).toEqual([]);
  });

  it('is read by the official SDK', async () => {
    const reply = await emu
      .iot('v3')
      .queryProductList(new $Iot.QueryProductListRequest({ currentPage: 1, pageSize: 10 }));
    expect(reply.body?.data?.list?.productInfo?.map((p) => p.productKey)).toHaveLength(4);
    expect(reply.body?.data?.total).toBe(4);
  });

  it.each([
    [{ CurrentPage: 0, PageSize: 10 }],
    [{ CurrentPage: 1, PageSize: 201 }],
    [{ CurrentPage: 1, PageSize: 0 }],
    [{ CurrentPage: 'x', PageSize: 10 }],
  ])('refuses bad paging %j', async (paging) => {
    expect((await emu.rpcError('QueryProductList', paging)).code).toBe(
      'iot.common.InvalidPageParams',
    );
  });
});

describe('QueryProduct', () => {
  it('answers one product', async () => {
    const data = (await emu.rpc('QueryProduct', { ProductKey: 'a1DashCam02' })).Data as Json;
    expect(data).toMatchObject({
      ProductKey: 'a1DashCam02',
      ProductName: 'Dash Camera D2',
      DeviceCount: 600,
    });
  });

  it('refuses an unknown product', async () => {
    expect((await emu.rpcError('QueryProduct', { ProductKey: 'a1Unknown' })).code).toBe(
      'iot.prod.NotExistedProduct',
    );
  });
});
