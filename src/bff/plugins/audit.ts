import type { FastifyInstance, FastifyRequest } from 'fastify';
import fp from 'fastify-plugin';

import type { AuditOutcome } from '../../shared/contract/audit';
import { AuditStore } from '../audit/audit-store';
import { sanitizeParameters } from '../audit/sanitize';

declare module 'fastify' {
  interface FastifyInstance {
    auditStore: AuditStore;
  }
  interface FastifyRequest {
    /**
     * Who a sign-in or sign-out was for when no one is (or is any longer) signed in on this
     * request: the account named, or "(unknown user)" so a mistyped password is never stored.
     */
    auditActor?: { username: string; role: string };
    /** What the call did, recorded as `parameters.result` (e.g. a cancel's per-device outcome). */
    auditResult?: Record<string, unknown>;
  }
}

function outcomeOf(statusCode: number): AuditOutcome {
  if (statusCode < 400) return 'success';
  if (statusCode === 401 || statusCode === 403) return 'denied';
  return 'failure';
}

function errorCodeOf(payload: unknown): string | null {
  if (typeof payload !== 'string' || payload.length > 100_000) return null;
  try {
    const parsed = JSON.parse(payload) as { code?: unknown };
    return typeof parsed.code === 'string' ? parsed.code.slice(0, 200) : null;
  } catch {
    return null;
  }
}

function parametersOf(request: FastifyRequest): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  const params = sanitizeParameters(request.params);
  const query = sanitizeParameters(request.query);
  const body =
    request.routeOptions.config.auditBody === false ? undefined : sanitizeParameters(request.body);
  if (params && typeof params === 'object' && Object.keys(params).length) out.path = params;
  if (query && typeof query === 'object' && Object.keys(query).length) out.query = query;
  if (body !== null && body !== undefined) out.body = body;
  // Set by the route from its own validated result, so it is stored whole.
  if (request.auditResult) out.result = request.auditResult;
  return out;
}

/**
 * The audit trail: every request to a route with `config.audit` made by a signed-in user, and
 * every sign-in and sign-out (successful or not), is recorded (who, when, action, parameters
 * without secrets, outcome, upstream RequestIds) before its response leaves, so an acknowledged
 * change is always on record.
 */
export const auditPlugin = fp(async (app: FastifyInstance, options: { dataDir: string }) => {
  const store = AuditStore.inDataDir(options.dataDir);
  app.decorate('auditStore', store);
  app.addHook('onClose', async () => store.close());

  app.addHook('onSend', async (request, reply, payload) => {
    const action = request.routeOptions.config.audit;
    const actor = request.user ?? request.auditActor;
    if (!action || !actor) return payload;
    try {
      store.record({
        at: new Date(),
        username: actor.username,
        role: actor.role,
        action,
        method: request.method,
        route: request.routeOptions.url ?? request.url,
        parameters: parametersOf(request),
        outcome: outcomeOf(reply.statusCode),
        statusCode: reply.statusCode,
        errorCode: reply.statusCode >= 400 ? errorCodeOf(payload) : null,
        requestId: request.id,
        upstreamRequestIds: [...(request.upstreamRequestIds ?? [])],
      });
    } catch (error) {
      // The change (if any) already happened upstream; say so loudly rather than hide the reply.
      request.log.error({ err: error, audit: { action } }, 'audit trail write failed');
    }
    return payload;
  });
});
