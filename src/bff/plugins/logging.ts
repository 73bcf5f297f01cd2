import {
  type FastifyReply,
  type FastifyRequest,
  type FastifyServerOptions,
  LogController,
} from 'fastify';
import type { DestinationStream } from 'pino';

/** Paths whose values must never reach a log line. */
export const LOG_REDACT = [
  'req.headers.cookie',
  'req.headers.authorization',
  'req.headers.token',
  'req.headers["x-api-key"]',
  'res.headers["set-cookie"]',
  '*.password',
  '*.passwordHash',
  '*.accessKeySecret',
  '*.AccessKeySecret',
  '*.sessionKey',
  '*.secret',
  '*.token',
  '*.tokenId',
  '*.Signature',
  'err.url',
  'err.entry',
  'err.data',
];

/** Query parameters dropped from logged URLs (kiosk links, report tokens, signatures). */
const SECRET_QUERY = /^(token|tokenid|t|key|secret|signature|password|accesskeysecret|session)$/i;

export function redactUrl(url: string): string {
  const q = url.indexOf('?');
  if (q < 0) return url;
  const params = new URLSearchParams(url.slice(q + 1));
  for (const name of [...params.keys()]) {
    if (SECRET_QUERY.test(name)) params.set(name, '[Redacted]');
  }
  return `${url.slice(0, q)}?${params.toString()}`;
}

interface LoggedRequest {
  id: string;
  method: string;
  url: string;
  headers: Record<string, unknown>;
  ip?: string;
  routeOptions?: { url?: string };
}

/**
 * Structured JSON logs (pino): every line carries `reqId`, which is also sent upstream as
 * `x-request-id`. Request lines hold the method, the route, the URL without secret query values,
 * and never a header that authenticates.
 */
export function loggerOptions(
  level: string,
  stream?: DestinationStream,
): NonNullable<FastifyServerOptions['logger']> {
  return {
    level,
    redact: { paths: LOG_REDACT, censor: '[Redacted]' },
    serializers: {
      req: (request: LoggedRequest) => ({
        method: request.method,
        url: redactUrl(request.url),
        route: request.routeOptions?.url,
        remoteAddress: request.ip,
        userAgent: request.headers['user-agent'],
      }),
    },
    ...(stream ? { stream } : {}),
  } as NonNullable<FastifyServerOptions['logger']>;
}

/**
 * One line per request, written when it is answered (Fastify's default writes two), carrying the
 * request (method, route, URL without secret query values, address, user agent), status and time.
 */
export class OneLinePerRequest extends LogController {
  override incomingRequest() {}

  override requestCompleted(
    error: Error | null | undefined,
    request: FastifyRequest,
    reply: FastifyReply,
  ) {
    if (this.isLogDisabled(request)) return;
    const line = { req: request, res: reply, responseTime: reply.elapsedTime };
    if (error) reply.log.error({ ...line, err: error }, 'request errored');
    else reply.log.info(line, 'request completed');
  }
}
