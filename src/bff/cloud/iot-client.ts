import RPCClient from '@alicloud/pop-core';

import type { UpstreamConfig } from '../config';
import { httpMethodFor, isReadAction, type IotAction } from './allowed-actions';
import { isEnvelope, toPascalKeys, type UpstreamEnvelope } from './envelope';
import {
  upstreamMalformed,
  upstreamTimeout,
  upstreamUnavailable,
  UpstreamError,
} from './upstream-error';

export type IotParams = Record<string, string | number | boolean | string[] | undefined>;

/** What a call needs to know of the browser request it serves. */
export interface IotCallContext {
  /** Our request id, sent upstream as `x-request-id` so logs on both sides join up. */
  id: string;
  /** Every upstream RequestId seen while serving the request (for errors and the audit trail). */
  upstreamRequestIds?: string[];
}

export interface IotCallOptions {
  request?: IotCallContext;
}

const READ_ATTEMPTS = 3;

interface PopCoreError extends Error {
  code?: string;
  data?: unknown;
}

function sleep(ms: number) {
  return new Promise((resolve) => setTimeout(resolve, ms));
}

/**
 * Signs (signature v1, HMAC-SHA1, via the official `@alicloud/pop-core`) and sends one RPC call.
 * Answers the reply in PascalCase or throws an UpstreamError; never lets a raw SDK error (whose
 * message holds the signed URL) escape.
 */
export class IotClient {
  private readonly rpc: RPCClient;

  constructor(private readonly config: UpstreamConfig) {
    this.rpc = new RPCClient({
      endpoint: config.endpoint,
      apiVersion: '2018-01-20',
      accessKeyId: config.accessKeyId,
      accessKeySecret: config.accessKeySecret,
    });
  }

  async call<T extends UpstreamEnvelope = UpstreamEnvelope>(
    action: IotAction,
    params: IotParams,
    options: IotCallOptions = {},
  ): Promise<T> {
    const attempts = isReadAction(action) ? READ_ATTEMPTS : 1;
    for (let attempt = 1; ; attempt++) {
      try {
        return (await this.once(action, params, options)) as T;
      } catch (error) {
        const retry = error instanceof UpstreamError && error.retryable && attempt < attempts;
        if (!retry) throw error;
        // Full jitter: spread retries so a throttled burst does not come back in lockstep.
        await sleep(Math.random() * 200 * 2 ** attempt);
      }
    }
  }

  private async once(action: IotAction, params: IotParams, options: IotCallOptions) {
    const clean: Record<string, unknown> = {};
    for (const [key, value] of Object.entries(params)) {
      if (value !== undefined) clean[key] = typeof value === 'boolean' ? String(value) : value;
    }
    if (this.config.regionId) clean.RegionId = this.config.regionId;
    if (this.config.iotInstanceId) clean.IotInstanceId = this.config.iotInstanceId;

    let raw: unknown;
    try {
      raw = await this.rpc.request(action, clean, {
        method: httpMethodFor(action),
        timeout: this.config.timeoutMs,
        formatParams: false,
        headers: options.request ? { 'x-request-id': options.request.id } : {},
      });
    } catch (error) {
      const translated = translate(error as PopCoreError);
      if (translated.extra.requestId) options.request?.upstreamRequestIds?.push(translated.extra.requestId);
      throw translated;
    }
    const body = toPascalKeys(raw);
    if (!isEnvelope(body)) throw upstreamMalformed();
    if (typeof body.RequestId === 'string') options.request?.upstreamRequestIds?.push(body.RequestId);
    if (body.Success === false || (typeof body.Code === 'string' && body.Code !== '' && body.Success !== true)) {
      throw new UpstreamError(
        String(body.Code || 'UpstreamError'),
        String(body.ErrorMessage || body.Message || 'The IoT platform refused the request'),
        body.RequestId,
      );
    }
    return body;
  }
}

function translate(error: PopCoreError): UpstreamError {
  if (error instanceof UpstreamError) return error;
  if (error.data && isEnvelope(toPascalKeys(error.data))) {
    const body = toPascalKeys(error.data) as UpstreamEnvelope;
    return new UpstreamError(
      String(body.Code ?? 'UpstreamError'),
      String(body.ErrorMessage || body.Message || 'The IoT platform refused the request').replace(/, URL: .*$/s, ''),
      body.RequestId,
    );
  }
  if (error.name === 'RequestTimeoutError') return upstreamTimeout();
  if (error instanceof SyntaxError) return upstreamMalformed();
  return upstreamUnavailable(error.code ?? error.name);
}
