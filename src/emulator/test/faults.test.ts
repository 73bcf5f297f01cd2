import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';

import { $Iot, TestEmulator } from './harness';
import { queryReport, reportToken } from './report-client';

let emu: TestEmulator;
beforeAll(async () => {
  emu = await TestEmulator.start();
});
afterAll(() => emu.close());
afterEach(() => emu.hook('faults', { clear: true }));

const PARAMS = { ProductKey: 'a1FleetGw03' };

describe('fault injection', () => {
  it('throttles the next N calls with Throttling.User', async () => {
    await emu.hook('faults', { throttle: 2 });
    expect((await emu.rpcError('QueryProduct', PARAMS)).code).toBe('Throttling.User');
    const tea = await emu
      .iot('v3')
      .queryProduct(new $Iot.QueryProductRequest({ productKey: 'a1FleetGw03' }))
      .catch((e: unknown) => e as { code: string; statusCode: number });
    expect([tea.code, tea.statusCode]).toEqual(['Throttling.User', 400]);
    expect((await emu.rpc('QueryProduct', PARAMS)).Success).toBe(true);
  });

  it('answers 503 ServiceUnavailable', async () => {
    await emu.hook('faults', { status5xx: 1 });
    const tea = await emu
      .iot('v2')
      .queryProduct(new $Iot.QueryProductRequest({ productKey: 'a1FleetGw03' }))
      .catch((e: unknown) => e as { code: string; statusCode: number });
    expect([tea.code, tea.statusCode]).toEqual(['ServiceUnavailable', 503]);
  });

  it('answers malformed JSON', async () => {
    await emu.hook('faults', { malformedJson: 1 });
    const error = await emu.rpcError('QueryProduct', PARAMS);
    // pop-core parses with json-bigint, which throws a plain { name: 'SyntaxError' } object.
    expect(error).toMatchObject({ name: 'SyntaxError' });
  });

  it('destroys the socket', async () => {
    await emu.hook('faults', { reset: 1 });
    await expect(fetch(`${emu.url}/?Action=QueryProduct`)).rejects.toThrow();
    expect((await emu.rpc('QueryProduct', PARAMS)).Success).toBe(true);
  });

  it('adds latency until cleared', async () => {
    await emu.hook('faults', { latencyMs: 300 });
    const started = Date.now();
    await emu.rpc('QueryProduct', PARAMS);
    expect(Date.now() - started).toBeGreaterThanOrEqual(290);
    const state = (await (await fetch(`${emu.url}/__emulator/faults`)).json()) as {
      latencyMs: number;
    };
    expect(state.latencyMs).toBe(300);
  });

  it('can target the report API', async () => {
    const token = await reportToken(emu);
    await emu.hook('faults', { status5xx: 1, scope: 'report' });
    expect((await emu.rpc('QueryProduct', PARAMS)).Success).toBe(true);
    const failed = await queryReport(emu, token, {
      ids: ['x'],
      startTime: '2025-05-01 00:00:00',
      endTime: '2025-05-02 00:00:00',
      pageNum: 1,
      pageSize: 1,
    });
    expect(failed.status).toBe(503);
    expect(failed.body).toMatchObject({ code: 503, data: null });
  });
});
