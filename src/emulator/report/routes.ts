import { createHash } from 'node:crypto';

import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';

import type { ReportLoginData } from '../../shared/cloud';
import type { EmulatorContext } from '../context';
import { ok, REPORT_ERROR_CODES, ReportError, sendReportError } from './envelope';
import { queryTerminalOtaReport } from './query-report';
import { checkReportToken, issueReportToken } from './tokens';

/** Both vendor bases: `/prod/system/...` (US host) and `/system/...` (IP host). */
const BASES = ['/prod/system', '/system'];

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

function md5(text: string): string {
  return createHash('md5').update(text).digest('hex');
}

function stringField(body: unknown, ...names: string[]): string | undefined {
  if (!body || typeof body !== 'object') return undefined;
  for (const name of names) {
    const value = (body as Record<string, unknown>)[name];
    if (typeof value === 'string') return value;
  }
  return undefined;
}

export function registerReportRoutes(app: FastifyInstance, ctx: EmulatorContext): void {
  /** Runs fault injection for the report API, then the handler; errors become envelopes. */
  const guarded =
    (handler: (request: FastifyRequest) => unknown) =>
    async (request: FastifyRequest, reply: FastifyReply) => {
      const latency = ctx.faults.latencyFor('report');
      if (latency > 0) await sleep(latency);
      const fault = ctx.faults.take('report');
      if (fault === 'reset') {
        reply.hijack();
        request.raw.socket.destroy();
        return;
      }
      if (fault === 'malformedJson')
        return reply.type('application/json').send('{"code":200,"message":"Operation succ');
      if (fault === 'status5xx')
        return sendReportError(reply, new ReportError(503, 'Service unavailable'), 503);
      if (fault === 'throttle') {
        return sendReportError(
          reply,
          new ReportError(REPORT_ERROR_CODES.tooManyRequests, 'Too many requests'),
          429,
        );
      }
      try {
        return reply.send(await handler(request));
      } catch (error) {
        if (error instanceof ReportError) return sendReportError(reply, error);
        request.log.error({ err: error }, 'report API failed');
        return sendReportError(
          reply,
          new ReportError(REPORT_ERROR_CODES.internal, 'Internal error'),
          500,
        );
      }
    };

  const login = guarded((request) => {
    const userName = stringField(request.body, 'userName', 'username');
    const password = stringField(request.body, 'password');
    if (!userName || !password)
      throw new ReportError(REPORT_ERROR_CODES.badRequest, 'userName and password are required');
    const expected = ctx.reportUsers[userName];
    // The related vendor docs send an MD5 hex of the password; the plain text is accepted too.
    const matches =
      expected !== undefined && (password === expected || password.toLowerCase() === md5(expected));
    if (!matches)
      throw new ReportError(REPORT_ERROR_CODES.unauthorized, 'Incorrect user name or password');
    const now = Date.now();
    const { token, expiresAt } = issueReportToken(ctx.db, userName, ctx.reportTokenTtlMs, now);
    const data: ReportLoginData = {
      tokenId: token,
      userId: md5(`user-${userName}`).toUpperCase(),
      userName,
      loginTime: new Date(now).toISOString(),
      loginTimestamp: now,
      expireTimestamp: expiresAt,
    };
    return ok(data);
  });

  const report = guarded((request) => {
    const raw = request.headers.token;
    const check = checkReportToken(ctx.db, Array.isArray(raw) ? raw[0] : raw);
    if (check === 'missing')
      throw new ReportError(REPORT_ERROR_CODES.unauthorized, 'Missing token header; log in first');
    if (check === 'invalid')
      throw new ReportError(REPORT_ERROR_CODES.unauthorized, 'Invalid token; log in again');
    if (check === 'expired')
      throw new ReportError(REPORT_ERROR_CODES.unauthorized, 'Token expired; log in again');
    return ok(queryTerminalOtaReport(ctx.db, request.body));
  });

  for (const base of BASES) {
    app.post(`${base}/login`, login);
    app.post(`${base}/asset/command/queryTerminalOtaReport`, report);
  }
}
