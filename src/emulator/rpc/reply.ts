import { randomUUID } from 'node:crypto';

import type { FastifyReply } from 'fastify';

import type { GatewayErrorBody, RpcReply } from '../../shared/cloud';
import type { BusinessError, GatewayError } from './errors';
import { toXml } from './xml';

export function newRequestId(): string {
  return randomUUID().toUpperCase();
}

export type ReplyFormat = 'JSON' | 'XML';

export function formatOf(value: string | undefined): ReplyFormat {
  return value?.toUpperCase() === 'XML' ? 'XML' : 'JSON';
}

function send(
  reply: FastifyReply,
  status: number,
  body: Record<string, unknown>,
  format: ReplyFormat,
  root: string,
) {
  if (format === 'XML') {
    return reply.code(status).type('text/xml;charset=utf-8').send(toXml(root, body));
  }
  return reply.code(status).type('application/json;charset=utf-8').send(JSON.stringify(body));
}

export function sendSuccess(
  reply: FastifyReply,
  requestId: string,
  action: string,
  fields: Record<string, unknown>,
  format: ReplyFormat,
) {
  const body: RpcReply & Record<string, unknown> = {
    RequestId: requestId,
    Success: true,
    ...fields,
  };
  return send(reply, 200, body, format, `${action}Response`);
}

export function sendBusinessError(
  reply: FastifyReply,
  requestId: string,
  action: string,
  error: BusinessError,
  format: ReplyFormat,
) {
  const body: RpcReply = {
    RequestId: requestId,
    Success: false,
    Code: error.code,
    ErrorMessage: error.message,
    Message: error.message,
  };
  return send(reply, 200, { ...body }, format, `${action}Response`);
}

export function sendGatewayError(
  reply: FastifyReply,
  requestId: string,
  host: string,
  error: GatewayError,
  format: ReplyFormat,
) {
  const body: GatewayErrorBody = {
    RequestId: requestId,
    HostId: host,
    Code: error.code,
    Message: error.message,
    Recommend: `https://error-center.aliyun.com/status/search?Keyword=${encodeURIComponent(error.code)}&source=PopGw`,
  };
  return send(reply, error.status, { ...body }, format, 'Error');
}
