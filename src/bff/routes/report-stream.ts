import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';

import { reportSummaryQuerySchema } from '../../shared/contract/reports';
import { assertKioskMayView, kioskAggregateOnly } from '../kiosk/kiosk-access';
import { resolveRange } from '../report/report-service';
import { deviceSetOf } from '../report/sync/set-key';
import type { SetChange } from '../report/sync/set-sync';

/** Reconnect after 2–6 s: spread out, so a hundred screens do not come back in the same second. */
const retryMs = () => 2000 + Math.floor(Math.random() * 4000);

/**
 * `GET /api/reports/stream?<summary query>` (Server-Sent Events): an `summary` event with the same
 * answer as `/api/reports/summary` at once, then again whenever a sync of the set starts, lands or
 * fails. While the stream is open the set stays watched, so the scheduler keeps it fresh.
 */
export const reportStreamRoutes: FastifyPluginAsyncZod = async (app) => {
  app.get(
    '/api/reports/stream',
    {
      sse: true,
      config: { access: 'kiosk' },
      schema: {
        querystring: reportSummaryQuerySchema,
        description:
          'Server-Sent Events: each sync of this view sends its figures (event data = the summary answer)',
      },
    },
    async (request, reply) => {
      const { page, pageSize, sort, order, stuckHours, show, ...filters } = request.query;
      assertKioskMayView(app, request, filters);
      const view = kioskAggregateOnly(request, { page, pageSize, sort, order, stuckHours, show });
      const viewKey = new URLSearchParams(
        request.query as unknown as Record<string, string>,
      ).toString();
      const set = deviceSetOf(filters);
      if (!reply.sse) return app.reports.summary(filters, view);

      reply.sse.keepAlive();
      app.reports.watch(set, resolveRange(filters).from, 1);
      let sending = Promise.resolve();
      const push = (retry?: number) => {
        sending = sending
          .then(async () => {
            const answer = await app.reports.pushAnswer(filters, view, viewKey);
            if (reply.sse.isConnected)
              await reply.sse.send({ event: 'summary', data: answer, ...(retry ? { retry } : {}) });
          })
          .catch((error: unknown) => {
            request.log.warn({ err: error }, 'report stream: answer failed');
          });
      };
      const onChange = (change: SetChange) => {
        if (change.key === set.key) push();
      };
      app.reports.sync.on('change', onChange);
      reply.sse.onClose(() => {
        app.reports.sync.off('change', onChange);
        app.reports.unwatch(set);
      });
      push(retryMs());
      await sending;
    },
  );
};
