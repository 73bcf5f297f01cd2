import { randomUUID } from 'node:crypto';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

import IotModule, * as $Iot from '@alicloud/iot20180120';
import * as $OpenApi from '@alicloud/openapi-client';
import RPCClient from '@alicloud/pop-core';
import SQLite from 'better-sqlite3';

import { type EmulatorOptions, type RunningEmulator, startEmulator } from '../index';
import { canonicalQueryV1 } from '../rpc/percent-encode';
import { signV1, stringToSignV1 } from '../rpc/signature-v1';

export const KEY_ID = 'demo-access-key-id';
export const KEY_SECRET = 'demo-access-key-secret';
/** A fixed "now" so seeded times are identical in every run. */
export const SEED_NOW = '2025-06-01T12:00:00.000Z';

export { $Iot };
/** The package is CommonJS with `exports.default = Client`; unwrap it under either interop. */
export const IotClient = ((IotModule as unknown as { default?: typeof IotModule }).default ??
  IotModule) as typeof IotModule;

export type Json = Record<string, unknown>;
export interface PopError extends Error {
  code: string;
  data: Json;
}

const READ_ONLY = /^(List|Query)/;

export class TestEmulator {
  /** Set by anything that may have changed state; `resetIfDirty` skips the reseed otherwise. */
  private dirty = true;

  private constructor(
    readonly emulator: RunningEmulator,
    readonly dataDir: string,
    private readonly ownsDir: boolean,
  ) {}

  static async start(options: Partial<EmulatorOptions> = {}): Promise<TestEmulator> {
    const dataDir = options.dataDir ?? mkdtempSync(join(tmpdir(), 'ota-emulator-'));
    const emulator = await startEmulator({
      port: 0,
      clock: 'stopped',
      qps: 0,
      ...options,
      dataDir,
    });
    const harness = new TestEmulator(emulator, dataDir, options.dataDir === undefined);
    await harness.reset();
    return harness;
  }

  get url(): string {
    return this.emulator.url;
  }

  get host(): string {
    return this.url.replace(/^http:\/\//, '');
  }

  pop(secret = KEY_SECRET, keyId = KEY_ID): RPCClient {
    return new RPCClient({
      endpoint: this.url,
      apiVersion: '2018-01-20',
      accessKeyId: keyId,
      accessKeySecret: secret,
    });
  }

  /** `v2` = signature v1 (HMAC-SHA1) in the query; `v3` = the SDK default, ACS3-HMAC-SHA256. */
  iot(mode: 'v2' | 'v3', secret = KEY_SECRET): IotModule {
    this.dirty = true;
    return new IotClient(
      new $OpenApi.Config({
        accessKeyId: KEY_ID,
        accessKeySecret: secret,
        endpoint: this.host,
        protocol: 'http',
        regionId: 'cn-shanghai',
        ...(mode === 'v2' ? { signatureAlgorithm: 'v2' } : {}),
      }),
    );
  }

  /** pop-core call; POST (form body) unless told otherwise. */
  async rpc(action: string, params: Json = {}, method: 'GET' | 'POST' = 'POST'): Promise<Json> {
    if (!READ_ONLY.test(action)) this.dirty = true;
    return this.pop().request<Json>(action, params, { method, formatParams: false });
  }

  /** pop-core call that must fail; answers the thrown error. */
  async rpcError(
    action: string,
    params: Json = {},
    method: 'GET' | 'POST' = 'POST',
  ): Promise<PopError> {
    try {
      await this.rpc(action, params, method);
    } catch (error) {
      return error as PopError;
    }
    throw new Error(`${action} unexpectedly succeeded`);
  }

  async hook<T = Json>(path: string, body: unknown = {}): Promise<T> {
    this.dirty = true;
    const response = await fetch(`${this.url}/__emulator/${path}`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify(body),
    });
    if (!response.ok) throw new Error(`hook ${path}: ${response.status} ${await response.text()}`);
    return (await response.json()) as T;
  }

  async reset(): Promise<Json> {
    const reply = await this.hook('reset', { now: SEED_NOW, clock: 'stopped' });
    this.dirty = false;
    return reply;
  }

  async resetIfDirty(): Promise<void> {
    if (this.dirty) await this.reset();
  }

  /** A raw v1-signed request built with the emulator's own (vector-tested) signer, for gateway edge cases. */
  async rawV1(
    params: Record<string, string>,
    options: { method?: 'GET' | 'POST'; secret?: string } = {},
  ) {
    const method = options.method ?? 'GET';
    if (!READ_ONLY.test(params.Action ?? '')) this.dirty = true;
    const full: Record<string, string> = {
      Format: 'JSON',
      Version: '2018-01-20',
      AccessKeyId: KEY_ID,
      SignatureMethod: 'HMAC-SHA1',
      SignatureVersion: '1.0',
      SignatureNonce: randomUUID(),
      Timestamp: new Date().toISOString().replace(/\.\d{3}Z$/, 'Z'),
      ...params,
    };
    const signature = signV1(stringToSignV1(method, full), options.secret ?? KEY_SECRET);
    const query = `${canonicalQueryV1(full)}&Signature=${encodeURIComponent(signature)}`;
    const response =
      method === 'GET'
        ? await fetch(`${this.url}/?${query}`)
        : await fetch(`${this.url}/`, {
            method: 'POST',
            headers: { 'content-type': 'application/x-www-form-urlencoded' },
            body: query,
          });
    const text = await response.text();
    let body: Json = {};
    try {
      body = JSON.parse(text) as Json;
    } catch {
      // XML replies stay in `text`.
    }
    return {
      status: response.status,
      body,
      text,
      contentType: response.headers.get('content-type'),
      params: full,
      query,
    };
  }

  async close(): Promise<void> {
    await this.emulator.close();
    if (this.ownsDir) rmSync(this.dataDir, { recursive: true, force: true });
  }
}

/** Every task of a job (paging through ListOTATaskByJob at the maximum page size). */
export async function allTasksOfJob(emu: TestEmulator, jobId: string): Promise<Json[]> {
  const tasks: Json[] = [];
  for (let page = 1; ; page++) {
    const reply = await emu.rpc('ListOTATaskByJob', {
      JobId: jobId,
      CurrentPage: page,
      PageSize: 100,
    });
    const list = ((reply.Data as Json).SimpleOTATaskInfo as Json[]) ?? [];
    tasks.push(...list);
    if (page >= (reply.PageCount as number)) return tasks;
  }
}

export interface Catalogue {
  firmware: Json[];
  jobsByFirmware: Map<string, Json[]>;
}

export async function firmwareOf(emu: TestEmulator, productKey: string): Promise<Json[]> {
  const reply = await emu.rpc('ListOTAFirmware', {
    ProductKey: productKey,
    CurrentPage: 1,
    PageSize: 100,
  });
  return (reply.FirmwareInfo as Json).SimpleFirmwareInfo as Json[];
}

export async function jobsOf(emu: TestEmulator, firmwareId: string): Promise<Json[]> {
  const reply = await emu.rpc('ListOTAJobByFirmware', {
    FirmwareId: firmwareId,
    CurrentPage: 1,
    PageSize: 200,
  });
  return (reply.Data as Json).SimpleOTAJobInfo as Json[];
}

export async function firmwareNamed(
  emu: TestEmulator,
  productKey: string,
  name: string,
): Promise<Json> {
  const found = (await firmwareOf(emu, productKey)).find((fw) => fw.FirmwareName === name);
  if (!found) throw new Error(`no firmware ${name}`);
  return found;
}

/**
 * The report-API terminal ids of some devices, read from the emulator's own file: the RPC replies
 * carry no such field (the cloud's do not), so tests that cross from tasks to reports look here.
 */
export function terminalIdsOf(emu: TestEmulator, deviceNames: string[]): string[] {
  const db = new SQLite(join(emu.dataDir, 'emulator.sqlite'), { readonly: true });
  try {
    const find = db.prepare('SELECT terminal_id FROM devices WHERE device_name = ?');
    return deviceNames.map((name) => {
      const row = find.get(name) as { terminal_id: string } | undefined;
      if (!row) throw new Error(`no device ${name}`);
      return row.terminal_id;
    });
  } finally {
    db.close();
  }
}
