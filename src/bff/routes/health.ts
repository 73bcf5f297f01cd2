import type { FastifyRequest } from 'fastify';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';

import { AppError } from '../errors';

/** A readiness answer is reused this long, so probes cannot eat the upstream call budget. */
const READY_CACHE_MS = 2000;
const READY_TIMEOUT_MS = 3000;

const notReadySchema = z.object({ status: z.literal('unavailable'), code: z.string() });

export const healthRoutes: FastifyPluginAsyncZod = async (app) => {
  app.get(
    '/api/healthz',
    {
      config: { access: 'public' },
      schema: {
        summary: 'Liveness: the process answers',
        response: { 200: z.object({ status: z.literal('ok') }) },
      },
    },
    async () => ({ status: 'ok' as const }),
  );

  let last: { at: number; code: string | null } | undefined;
  let inFlight: Promise<string | null> | undefined;

  const probe = async (request: FastifyRequest): Promise<string | null> => {
    try {
      await app.cloud.probe({
        request,
        timeoutMs: Math.min(READY_TIMEOUT_MS, app.cloud.client.timeoutMs),
      });
      return null;
    } catch (error) {
      // Throttled (by the cloud or by our own limiter) still means the platform is reachable.
      if (error instanceof AppError && error.statusCode === 429) return null;
      return error instanceof AppError ? error.code : 'Unknown';
    }
  };

  app.get(
    // Outside /api: every /api route but healthz, the document and sign-in needs a session.
    '/readyz',
    {
      config: { access: 'public' },
      schema: {
        summary: 'Readiness: the IoT platform answers a signed call (200), or not (503)',
        response: { 200: z.object({ status: z.literal('ready') }), 503: notReadySchema },
      },
    },
    async (request, reply) => {
      if (!last || Date.now() - last.at > READY_CACHE_MS) {
        inFlight ??= probe(request).finally(() => (inFlight = undefined));
        const code = await inFlight;
        last = { at: Date.now(), code };
      }
      if (last.code === null) return { status: 'ready' as const };
      return reply.status(503).send({ status: 'unavailable' as const, code: last.code });
    },
  );
};
