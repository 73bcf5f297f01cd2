import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';

import { ACTIONS, isActionName } from '../actions';
import { EMULATOR_ONLY_ACTIONS } from '../actions/emulator-only';
import { Params } from '../actions/params';
import type { EmulatorContext } from '../context';
import { authenticate } from './authenticate';
import { business, BusinessError, gateway, GatewayError } from './errors';
import { parseUrlEncoded, rawQueryOf } from './params';
import {
  formatOf,
  newRequestId,
  type ReplyFormat,
  sendBusinessError,
  sendGatewayError,
  sendSuccess,
} from './reply';

export const API_VERSION = '2018-01-20';

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

/** The Alibaba-Cloud-style RPC endpoint at `/` (GET query, or POST query + form body). */
export function registerRpcRoutes(app: FastifyInstance, ctx: EmulatorContext): void {
  const handler = (request: FastifyRequest, reply: FastifyReply) => handleRpc(request, reply, ctx);
  app.get('/', handler);
  app.post('/', handler);
}

async function handleRpc(request: FastifyRequest, reply: FastifyReply, ctx: EmulatorContext) {
  const requestId = newRequestId();
  const host = request.headers.host ?? 'iot.emulator.local';
  const query = parseUrlEncoded(rawQueryOf(request.url));
  const rawBody = typeof request.body === 'string' ? request.body : '';
  const isForm = String(request.headers['content-type'] ?? '').startsWith(
    'application/x-www-form-urlencoded',
  );
  const body = isForm ? parseUrlEncoded(rawBody) : {};
  let format: ReplyFormat = formatOf(query.Format ?? body.Format);

  const latency = ctx.faults.latencyFor('rpc');
  if (latency > 0) await sleep(latency);
  const fault = ctx.faults.take('rpc');
  if (fault === 'reset') {
    reply.hijack();
    request.raw.socket.destroy();
    return;
  }
  if (fault === 'malformedJson') {
    return reply
      .code(200)
      .type('application/json;charset=utf-8')
      .send(`{"RequestId":"${requestId}","Success":tru`);
  }
  if (fault === 'status5xx')
    return sendGatewayError(reply, requestId, host, gateway.serviceUnavailable(), format);
  if (fault === 'throttle')
    return sendGatewayError(reply, requestId, host, gateway.throttlingUser(), format);

  let action = 'Unknown';
  try {
    const auth = authenticate(
      { method: request.method, query, body, rawBody, headers: request.headers },
      ctx,
    );
    format = formatOf(auth.format);
    if (!auth.action) throw gateway.missing('Action');
    action = auth.action;
    if (!ctx.throttle.allow(auth.accessKeyId)) throw gateway.throttlingUser();
    if (auth.version !== undefined && auth.version !== API_VERSION)
      throw gateway.invalid('Version');
    if (!isActionName(action) || (ctx.strict && EMULATOR_ONLY_ACTIONS.has(action)))
      throw gateway.apiNotFound(action);
    ctx.rpcCalls.set(action, (ctx.rpcCalls.get(action) ?? 0) + 1);
    const handler: (params: Params, ctx: EmulatorContext) => object = ACTIONS[action];
    const params = new Params(auth.params);
    const instanceId = params.optional('IotInstanceId');
    if (instanceId !== undefined && !ctx.iotInstanceIds.has(instanceId))
      throw business.instanceNotFound(instanceId);
    const fields = ctx.db.transaction(() => handler(params, ctx))();
    return sendSuccess(reply, requestId, action, { ...fields }, format);
  } catch (error) {
    if (error instanceof GatewayError)
      return sendGatewayError(reply, requestId, host, error, format);
    if (error instanceof BusinessError)
      return sendBusinessError(reply, requestId, action, error, format);
    request.log.error({ err: error, action }, 'emulator action failed');
    return sendGatewayError(reply, requestId, host, gateway.internal(), format);
  }
}
