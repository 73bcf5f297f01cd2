import http from 'node:http';
import type { AddressInfo } from 'node:net';

import RPCClient from '@alicloud/pop-core';
import kitx from 'kitx';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';

/**
 * The BFF signs with the official `@alicloud/pop-core`. These tests pin its signature v1 output to
 * the documented worked example (ECS "Request signatures": testid / testsecret) and to the derived
 * OTA vector with encoding edge cases (shared/reference/iot-ota-api.md §3.1, §3.3).
 */
let server: http.Server;
let endpoint = '';
const seen: { method: string; url: string; body: string }[] = [];

beforeAll(async () => {
  server = http.createServer((req, res) => {
    let body = '';
    req.on('data', (chunk) => (body += chunk));
    req.on('end', () => {
      seen.push({ method: req.method ?? '', url: req.url ?? '', body });
      res.setHeader('content-type', 'application/json');
      res.end(JSON.stringify({ RequestId: 'R', Success: true }));
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  endpoint = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
});

afterAll(() => {
  vi.useRealTimers();
  vi.restoreAllMocks();
  server.close();
});

function signatureOf(entry: { url: string; body: string }): string | null {
  const params = new URLSearchParams(entry.body || entry.url.split('?')[1]);
  return params.get('Signature');
}

describe('signature v1 (HMAC-SHA1) as the BFF sends it', () => {
  it('matches the documented worked example', async () => {
    vi.useFakeTimers({ now: new Date('2016-02-23T12:46:24Z'), toFake: ['Date'] });
    vi.spyOn(kitx, 'makeNonce').mockReturnValue('3ee8c1b8-83d3-44af-a94f-4e0ad82fd6cf');
    const client = new RPCClient({
      endpoint,
      apiVersion: '2014-05-26',
      accessKeyId: 'testid',
      accessKeySecret: 'testsecret',
    });
    await client.request('DescribeRegions', { Format: 'XML' }, { method: 'GET' });
    expect(signatureOf(seen.at(-1)!)).toBe('OLeaidS1JvxuMvnyHOwuJ+uX5qY=');
  });

  it('matches the derived OTA vector for GET and POST (spaces, *, ~, + and repeat lists)', async () => {
    vi.useFakeTimers({ now: new Date('2024-11-19T09:47:43Z'), toFake: ['Date'] });
    vi.spyOn(kitx, 'makeNonce').mockReturnValue('b7c1b3a0-0000-4000-8000-000000000001');
    const client = new RPCClient({
      endpoint,
      apiVersion: '2018-01-20',
      accessKeyId: 'testid',
      accessKeySecret: 'testsecret',
    });
    const params = {
      DeviceName: ['dev 1', 'dev*2~x'],
      FirmwareId: 'fw+001',
      ProductKey: 'a1TestPK',
      RegionId: 'cn-shanghai',
    };
    await client.request('CancelOTATaskByDevice', params, { method: 'GET' });
    expect(signatureOf(seen.at(-1)!)).toBe('uCNgRdTcSkrHn4gahdtTKG2sqhw=');
    await client.request('CancelOTATaskByDevice', params, { method: 'POST' });
    expect(seen.at(-1)!.method).toBe('POST');
    expect(signatureOf(seen.at(-1)!)).toBe('Ql314BpbaAWbr7+IT7Z5WvBgrVc=');
  });
});
