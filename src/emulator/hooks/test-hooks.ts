import type { FastifyInstance } from 'fastify';
import { z } from 'zod';

import type { EmulatorContext } from '../context';
import { seedDatabase, type SeedScale } from '../db/seed';
import { expireReportTokens } from '../report/tokens';

const seedBodySchema = z
  .object({
    /** Anchor ("now") of the seeded world, ISO text or epoch ms; default: the wall clock. */
    now: z.union([z.string(), z.number()]).optional(),
    scale: z.enum(['demo', 'large']).optional(),
    clock: z.enum(['running', 'stopped']).optional(),
  })
  .default({});

const clockBodySchema = z.object({
  action: z.enum(['stop', 'start', 'step']),
  seconds: z
    .number()
    .min(0)
    .max(60 * 86_400)
    .optional(),
});

const faultsBodySchema = z.object({
  throttle: z.number().int().min(0).optional(),
  latencyMs: z.number().int().min(0).max(120_000).optional(),
  status5xx: z.number().int().min(0).optional(),
  malformedJson: z.number().int().min(0).optional(),
  reset: z.number().int().min(0).optional(),
  scope: z.enum(['rpc', 'report', 'all']).optional(),
  clear: z.boolean().optional(),
});

const throttleBodySchema = z.object({ limitPerSecond: z.number().int().min(0) });
const expireBodySchema = z.object({ token: z.string().optional() }).default({});

/** Unsigned test hooks under `/__emulator/*` (see README.md). Never exposed by the cloud, obviously. */
export function registerTestHooks(app: FastifyInstance, ctx: EmulatorContext): void {
  const reseed = (raw: unknown) => {
    const body = seedBodySchema.parse(raw ?? {});
    const anchorMs = body.now === undefined ? Date.now() : new Date(body.now).getTime();
    if (Number.isNaN(anchorMs)) throw new Error('now is not a date');
    const scale: SeedScale = body.scale ?? ctx.scale;
    const running = body.clock ? body.clock === 'running' : ctx.clock.isRunning();
    seedDatabase(ctx.db, { scale, anchorMs });
    ctx.clock.resetTo(anchorMs, running);
    ctx.faults.clear();
    ctx.throttle.clear();
    ctx.nonces.clear();
    ctx.rpcCalls.clear();
    return {
      ok: true,
      scale,
      now: new Date(anchorMs).toISOString(),
      clock: running ? 'running' : 'stopped',
    };
  };

  app.post('/__emulator/reset', async (request) => reseed(request.body));
  app.post('/__emulator/seed', async (request) => reseed(request.body));

  app.get('/__emulator/clock', async () => clockState(ctx));
  app.post('/__emulator/clock', async (request) => {
    const body = clockBodySchema.parse(request.body);
    if (body.action === 'stop') ctx.clock.stop();
    if (body.action === 'start') ctx.clock.start();
    if (body.action === 'step') ctx.clock.step(body.seconds ?? 60);
    return clockState(ctx);
  });

  app.get('/__emulator/faults', async () => ctx.faults.current());
  app.post('/__emulator/faults', async (request) => {
    const { clear, ...patch } = faultsBodySchema.parse(request.body ?? {});
    if (clear) ctx.faults.clear();
    return ctx.faults.set(
      Object.fromEntries(Object.entries(patch).filter(([, v]) => v !== undefined)),
    );
  });
  app.delete('/__emulator/faults', async () => {
    ctx.faults.clear();
    return ctx.faults.current();
  });

  app.post('/__emulator/throttle', async (request) => {
    ctx.throttle.limitPerSecond = throttleBodySchema.parse(request.body).limitPerSecond;
    ctx.throttle.clear();
    return { limitPerSecond: ctx.throttle.limitPerSecond };
  });

  app.post('/__emulator/report-tokens/expire', async (request) => {
    const body = expireBodySchema.parse(request.body ?? {});
    return { expired: expireReportTokens(ctx.db, body.token) };
  });

  // RPC calls answered since the last reset, by Action (tests count what the BFF costs upstream).
  app.get('/__emulator/calls', async () => ({
    total: [...ctx.rpcCalls.values()].reduce((sum, n) => sum + n, 0),
    byAction: Object.fromEntries(ctx.rpcCalls),
  }));
  app.delete('/__emulator/calls', async () => {
    ctx.rpcCalls.clear();
    return { total: 0, byAction: {} };
  });

  app.get('/__emulator/state', async () => {
    const count = (table: string) =>
      (ctx.db.prepare(`SELECT COUNT(*) AS n FROM ${table}`).get() as { n: number }).n;
    const statuses = ctx.db
      .prepare('SELECT task_status AS status, COUNT(*) AS n FROM tasks GROUP BY task_status')
      .all();
    return {
      ...clockState(ctx),
      products: count('products'),
      devices: count('devices'),
      firmware: count('firmware'),
      jobs: count('jobs'),
      tasks: count('tasks'),
      reports: count('reports'),
      taskStatuses: statuses,
    };
  });
}

function clockState(ctx: EmulatorContext) {
  return { running: ctx.clock.isRunning(), now: new Date(ctx.clock.now()).toISOString() };
}
