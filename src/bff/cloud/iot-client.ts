import RPCClient from '@alicloud/pop-core';

import type { ActionReplies, ActionRequests } from '../../shared/cloud';
import type { UpstreamConfig } from '../config';
import { AppError } from '../errors';
import { httpMethodFor, type IotAction, isReadAction } from './allowed-actions';
import { isEnvelope, toPascalKeys } from './envelope';
import { bucketFor, DEFAULT_BUCKET, type TokenBucket } from './rate-limiter';
import { withRetries } from './retry';
import {
  UpstreamError,
  upstreamFromBody,
  upstreamMalformed,
  upstreamTimeout,
  upstreamUnavailable,
} from './upstream-error';

/** The few logger methods the client uses (a Fastify request logger fits). */
export interface IotLog {
  debug(obj: object, msg?: string): void;
  warn(obj: object, msg?: string): void;
}

/** What a call needs to know of the browser request it serves. */
export interface IotCallContext {
  /** Our request id, sent upstream as `x-request-id` so logs on both sides join up. */
  id: string;
  /** Every upstream RequestId seen while serving the request (for errors and the audit trail). */
  upstreamRequestIds?: string[];
  /** Structured log of each upstream attempt (never the signed URL). */
  log?: IotLog;
}

export interface IotCallOptions {
  request?: IotCallContext;
  /** Overrides the attempt count (reads default to 3, writes are never retried). */
  attempts?: number;
  /** Overrides the per-attempt timeout. */
  timeoutMs?: number;
  /**
   * Longest this call may wait for its turn in the AccessKeyId's queue before it is refused with
   * 429 (default: the configured `OTA_QUEUE_MAX_WAIT_MS`, fail fast for interactive reads). Batch
   * work that must go through in any case (cancelling thousands of devices) passes a longer wait;
   * such calls leave part of each window to the fail-fast calls.
   */
  maxQueueWaitMs?: number;
}

const READ_ATTEMPTS = 3;

interface PopCoreError extends Error {
  code?: string;
  data?: unknown;
}

/**
 * Signs (signature v1, HMAC-SHA1, via the official `@alicloud/pop-core`) and sends one RPC call.
 * Every attempt first takes a token from the AccessKeyId's bucket (10/s by default, shared by all
 * routes: the only limiter in front of the upstream). Answers the reply in PascalCase or throws an AppError; never lets a raw SDK error (whose
 * message holds the signed URL) escape.
 */
export class IotClient {
  private readonly rpc: RPCClient;
  private readonly bucket: TokenBucket;

  constructor(
    private readonly config: UpstreamConfig,
    bucket?: TokenBucket,
  ) {
    this.rpc = new RPCClient({
      endpoint: config.endpoint,
      apiVersion: '2018-01-20',
      accessKeyId: config.accessKeyId,
      accessKeySecret: config.accessKeySecret,
    });
    this.bucket = bucket ?? bucketFor(config.accessKeyId, config.rateLimit ?? DEFAULT_BUCKET);
  }

  /** The configured per-attempt timeout. */
  get timeoutMs(): number {
    return this.config.timeoutMs;
  }

  /**
   * One Action, typed by `shared/cloud`: its parameters and its reply (PascalCase, as the vendor
   * spells it; read it only inside src/bff/cloud). Reads are retried with jitter, writes never.
   */
  async call<A extends IotAction>(
    action: A,
    params: ActionRequests[A],
    options: IotCallOptions = {},
  ): Promise<ActionReplies[A]> {
    const attempts = isReadAction(action) ? (options.attempts ?? READ_ATTEMPTS) : 1;
    let started = Date.now();
    return withRetries(
      async (attempt) => {
        started = Date.now();
        const body = await this.once(action, params, options);
        options.request?.log?.debug(
          { upstream: { action, attempt, ms: Date.now() - started, requestId: body.RequestId } },
          'upstream call',
        );
        return body as unknown as ActionReplies[A];
      },
      {
        attempts,
        retryable: (error) => error instanceof UpstreamError && error.retryable,
        onFailure: (error, attempt, retry) =>
          options.request?.log?.warn(
            {
              upstream: {
                action,
                attempt,
                ms: Date.now() - started,
                code: error instanceof AppError ? error.code : 'Unknown',
                requestId: error instanceof AppError ? error.extra.requestId : undefined,
                retry,
              },
            },
            'upstream call failed',
          ),
      },
    );
  }

  private async once(action: IotAction, params: object, options: IotCallOptions) {
    const clean: Record<string, unknown> = {};
    for (const [key, value] of Object.entries(params)) {
      if (value !== undefined) clean[key] = typeof value === 'boolean' ? String(value) : value;
    }
    if (this.config.regionId) clean.RegionId = this.config.regionId;
    if (this.config.iotInstanceId) clean.IotInstanceId = this.config.iotInstanceId;

    await this.bucket.take(Date.now(), options.maxQueueWaitMs);
    const timeoutMs = options.timeoutMs ?? this.config.timeoutMs;
    let raw: unknown;
    try {
      raw = await withDeadline(
        this.rpc.request(action, clean, {
          method: httpMethodFor(action),
          timeout: timeoutMs,
          formatParams: false,
          headers: options.request ? { 'x-request-id': options.request.id } : {},
        }),
        // The SDK times connect and first byte; this also bounds a reply that trickles in.
        timeoutMs + 1000,
      );
    } catch (error) {
      const translated = translate(error as PopCoreError);
      if (translated.extra.requestId) {
        options.request?.upstreamRequestIds?.push(translated.extra.requestId);
      }
      throw translated;
    }
    const body = toPascalKeys(raw);
    if (!isEnvelope(body)) throw upstreamMalformed();
    if (typeof body.RequestId === 'string')
      options.request?.upstreamRequestIds?.push(body.RequestId);
    if (
      body.Success === false ||
      (typeof body.Code === 'string' && body.Code !== '' && body.Success !== true)
    ) {
      throw upstreamFromBody(body);
    }
    return body;
  }
}

class DeadlineError extends Error {}

function withDeadline<T>(promise: Promise<T>, ms: number): Promise<T> {
  let timer: NodeJS.Timeout | undefined;
  const deadline = new Promise<never>((_, reject) => {
    timer = setTimeout(() => reject(new DeadlineError()), ms);
  });
  return Promise.race([promise, deadline]).finally(() => clearTimeout(timer));
}

/** Maps whatever the SDK threw to an UpstreamError without copying its message (it holds the URL). */
function translate(error: PopCoreError): UpstreamError {
  if (error instanceof UpstreamError) return error;
  const data = error && typeof error === 'object' ? toPascalKeys(error.data) : undefined;
  if (isEnvelope(data) && typeof data.Code === 'string') return upstreamFromBody(data);
  if (error instanceof DeadlineError || error?.name === 'RequestTimeoutError')
    return upstreamTimeout();
  // JSON.parse failed, or the SDK tripped over a reply that is not an object (`null`, a number).
  // (The SDK's JSON parser throws a plain object named SyntaxError.)
  if (error instanceof URIError) return upstreamUnavailable('request not encodable');
  if (error instanceof SyntaxError || error instanceof TypeError || error?.name === 'SyntaxError') {
    return upstreamMalformed();
  }
  const code =
    typeof error?.code === 'string' && /^[A-Z_]{3,40}$/.test(error.code) ? error.code : undefined;
  return upstreamUnavailable(code ?? 'network error');
}
