import { randomUUID } from 'node:crypto';

import { afterAll, beforeAll, describe, expect, it } from 'vitest';

import { canonicalRequestV3, sha256Hex, signV3, stringToSignV3 } from '../rpc/signature-v3';
import { $Iot, KEY_ID, KEY_SECRET, TestEmulator } from './harness';

let emu: TestEmulator;
beforeAll(async () => {
  emu = await TestEmulator.start();
});
afterAll(() => emu.close());

const LIST = { Action: 'ListOTAModuleByProduct', ProductKey: 'a1FleetGw03' };

describe('signature v1', () => {
  it('accepts pop-core GET (query) and POST (form body)', async () => {
    for (const method of ['GET', 'POST'] as const) {
      const reply = await emu.rpc('ListOTAModuleByProduct', { ProductKey: 'a1FleetGw03' }, method);
      expect(reply.Success).toBe(true);
    }
  });

  it('accepts the Tuya-style minimal parameter set (no Version, Format, SignatureVersion)', async () => {
    const { status, body } = await emu.rawV1({ ...LIST, Format: undefined as unknown as string });
    expect(status).toBe(200);
    expect(body.Success).toBe(true);
  });

  it('answers SignatureDoesNotMatch (400) and echoes the server string to sign', async () => {
    const error = (await emu
      .pop('wrong-secret')
      .request('QueryProduct', { ProductKey: 'a1FleetGw03' })
      .catch((e: unknown) => e)) as { code: string; data: Record<string, string> };
    expect(error.code).toBe('SignatureDoesNotMatch');
    expect(error.data.Message).toContain(
      'server string to sign is:GET&%2F&AccessKeyId%3Ddemo-access-key-id',
    );
    expect(error.data).toHaveProperty('HostId');
    expect(error.data.Recommend).toContain('SignatureDoesNotMatch');
    const raw = await emu.rawV1(LIST, { secret: 'wrong' });
    expect(raw.status).toBe(400);
  });

  it('answers InvalidAccessKeyId.NotFound (404) for an unknown key', async () => {
    const error = (await emu
      .pop(KEY_SECRET, 'nobody')
      .request('QueryProduct', { ProductKey: 'x' })
      .catch((e: unknown) => e)) as { code: string };
    expect(error.code).toBe('InvalidAccessKeyId.NotFound');
    expect((await emu.rawV1({ ...LIST, AccessKeyId: 'nobody' })).status).toBe(404);
  });

  it('refuses a reused SignatureNonce', async () => {
    const first = await emu.rawV1({ ...LIST, SignatureNonce: 'nonce-1' });
    expect(first.status).toBe(200);
    const second = await emu.rawV1({ ...LIST, SignatureNonce: 'nonce-1' });
    expect(second.status).toBe(400);
    expect(second.body.Code).toBe('SignatureNonceUsed');
  });

  it('refuses timestamps outside the 15-minute window, malformed or missing', async () => {
    const iso = (ms: number) => new Date(ms).toISOString().replace(/\.\d{3}Z$/, 'Z');
    expect((await emu.rawV1({ ...LIST, Timestamp: iso(Date.now() - 14 * 60_000) })).status).toBe(
      200,
    );
    const stale = await emu.rawV1({ ...LIST, Timestamp: iso(Date.now() - 16 * 60_000) });
    expect([stale.status, stale.body.Code]).toEqual([400, 'InvalidTimeStamp.Expired']);
    const future = await emu.rawV1({ ...LIST, Timestamp: iso(Date.now() + 16 * 60_000) });
    expect(future.body.Code).toBe('InvalidTimeStamp.Expired');
    expect((await emu.rawV1({ ...LIST, Timestamp: '2024-13-45 10:00' })).body.Code).toBe(
      'InvalidTimeStamp.Format',
    );
    const { Timestamp: _t, ...rest } = (await emu.rawV1(LIST)).params;
    const response = await fetch(
      `${emu.url}/?${new URLSearchParams({ ...rest, SignatureNonce: randomUUID(), Signature: 'x' })}`,
    );
    expect(((await response.json()) as { Code: string }).Code).toBe('IllegalTimestamp');
  });

  it('answers MissingAccessKeyId, IncompleteSignature and InvalidSignatureMethod', async () => {
    const plain = async (query: Record<string, string>) =>
      (await (await fetch(`${emu.url}/?${new URLSearchParams(query)}`)).json()) as { Code: string };
    expect((await plain({ Action: 'QueryProduct' })).Code).toBe('MissingAccessKeyId');
    expect((await plain({ Action: 'QueryProduct', AccessKeyId: KEY_ID })).Code).toBe(
      'IncompleteSignature',
    );
    expect((await emu.rawV1({ ...LIST, SignatureMethod: 'HMAC-MD5' })).body.Code).toBe(
      'InvalidSignatureMethod',
    );
  });

  it('answers InvalidApi.NotFound (404) for an unknown or wrongly cased action, and MissingAction', async () => {
    const unknown = await emu.rawV1({ ...LIST, Action: 'listOTAModuleByProduct' });
    expect([unknown.status, unknown.body.Code]).toEqual([404, 'InvalidApi.NotFound']);
    expect((await emu.rpcError('DescribeRegions')).code).toBe('InvalidApi.NotFound');
    const { Action: _a, ...noAction } = LIST;
    expect((await emu.rawV1(noAction)).body.Code).toBe('MissingAction');
    expect((await emu.rawV1({ ...LIST, Version: '2017-01-01' })).body.Code).toBe('InvalidVersion');
  });

  it('gives every reply a fresh upper-case RequestId', async () => {
    const a = await emu.rawV1(LIST);
    const b = await emu.rawV1(LIST);
    expect(a.body.RequestId).toMatch(
      /^[0-9A-F]{8}-[0-9A-F]{4}-[0-9A-F]{4}-[0-9A-F]{4}-[0-9A-F]{12}$/,
    );
    expect(a.body.RequestId).not.toBe(b.body.RequestId);
  });

  it('answers XML when asked with Format=XML (any case), errors as <Error>', async () => {
    const ok = await emu.rawV1({ ...LIST, Format: 'xml' });
    expect(ok.status).toBe(200);
    expect(ok.text).toMatch(
      /^<\?xml[^>]*\?><ListOTAModuleByProductResponse><RequestId>[0-9A-F-]{36}<\/RequestId><Success>true<\/Success><Data><ProductKey>a1FleetGw03<\/ProductKey><ModuleName>default<\/ModuleName>/,
    );
    const bad = await emu.rawV1({ ...LIST, Format: 'XML' }, { secret: 'wrong' });
    expect(bad.contentType).toBe('text/xml;charset=utf-8');
    expect(bad.text).toContain('<Error><RequestId>');
    expect(bad.text).toContain('<Code>SignatureDoesNotMatch</Code>');
  });

  it('answers Throttling.User (400) past 10 calls per second per AccessKeyId, without queuing', async () => {
    await emu.hook('throttle', { limitPerSecond: 10 });
    try {
      const results = await Promise.all(Array.from({ length: 16 }, () => emu.rawV1(LIST)));
      const throttled = results.filter((r) => r.body.Code === 'Throttling.User');
      expect(results.filter((r) => r.status === 200)).toHaveLength(10);
      expect(throttled).toHaveLength(6);
      expect(throttled[0]!.status).toBe(400);
    } finally {
      await emu.hook('throttle', { limitPerSecond: 0 });
    }
  });
});

describe('ACS3-HMAC-SHA256 (the TypeScript SDK default)', () => {
  it('accepts the SDK default configuration and encodes edge characters', async () => {
    const client = emu.iot('v3');
    const created = await client.createOTAModule(
      new $Iot.CreateOTAModuleRequest({
        productKey: 'a1FleetGw03',
        moduleName: 'v3.mod-_x',
        aliasName: '扫码枪',
        desc: "sp ace*~'()!+",
      }),
    );
    expect(created.body?.success).toBe(true);
    const list = await client.listOTAModuleByProduct(
      new $Iot.ListOTAModuleByProductRequest({ productKey: 'a1FleetGw03' }),
    );
    expect(list.body?.data?.at(-1)).toMatchObject({
      moduleName: 'v3.mod-_x',
      aliasName: '扫码枪',
      desc: "sp ace*~'()!+",
    });
  });

  it('refuses a wrong secret with SignatureDoesNotMatch', async () => {
    const error = await emu
      .iot('v3', 'wrong')
      .queryProduct(new $Iot.QueryProductRequest({ productKey: 'a1FleetGw03' }))
      .catch((e: unknown) => e as { code: string; statusCode: number });
    expect(error.code).toBe('SignatureDoesNotMatch');
    expect(error.statusCode).toBe(400);
  });

  it('refuses a replayed nonce and a body that does not match x-acs-content-sha256', async () => {
    const send = async (nonce: string, body: string) => {
      const headers: Record<string, string> = {
        host: emu.host,
        'x-acs-action': 'QueryProduct',
        'x-acs-version': '2018-01-20',
        'x-acs-date': new Date().toISOString().replace(/\.\d{3}Z$/, 'Z'),
        'x-acs-signature-nonce': nonce,
        'x-acs-content-sha256': sha256Hex(''),
      };
      const signedHeaders = Object.keys(headers).sort();
      const canonical = canonicalRequestV3({
        method: 'POST',
        query: { ProductKey: 'a1FleetGw03' },
        headers,
        signedHeaders,
        hashedPayload: headers['x-acs-content-sha256']!,
      });
      const signature = signV3(stringToSignV3(canonical), KEY_SECRET);
      const response = await fetch(`${emu.url}/?ProductKey=a1FleetGw03`, {
        method: 'POST',
        headers: {
          ...headers,
          ...(body ? { 'content-type': 'application/x-www-form-urlencoded' } : {}),
          authorization: `ACS3-HMAC-SHA256 Credential=${KEY_ID},SignedHeaders=${signedHeaders.join(';')},Signature=${signature}`,
        },
        body,
      });
      return {
        status: response.status,
        body: (await response.json()) as { Code?: string; Success?: boolean },
      };
    };
    expect((await send('n-1', '')).body.Success).toBe(true);
    expect((await send('n-1', '')).body.Code).toBe('SignatureNonceUsed');
    expect((await send('n-2', 'Extra=1')).body.Code).toBe('SignatureDoesNotMatch');
  });
});
