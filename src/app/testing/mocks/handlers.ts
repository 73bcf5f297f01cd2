import { http, HttpResponse, type JsonBodyType } from 'msw';
import type { z } from 'zod';

import { type ApiError, apiErrorSchema, bffErrorCodes } from '../../../shared/contract/api-error';
import { auditActionsSchema } from '../../../shared/contract/audit';
import { sessionUserSchema } from '../../../shared/contract/auth';
import { firmwareListSchema, upgradeJobListSchema } from '../../../shared/contract/firmware';
import { modulePackagesSchema } from '../../../shared/contract/ota-modules';
import {
  DEFAULT_PREFERENCES,
  preferencesSchema,
  preferencesUpdateSchema,
} from '../../../shared/contract/preferences';
import {
  productListQuerySchema,
  productListSchema,
  productSchema,
} from '../../../shared/contract/products';
import { reportStuckQuerySchema, reportStuckSchema } from '../../../shared/contract/report-stuck';
import { reportSummaryQuerySchema, reportSummarySchema } from '../../../shared/contract/reports';
import {
  cancelPreviewSchema,
  cancelResultSchema,
  cancelTasksInputSchema,
  upgradeTaskListAnswerSchema,
  upgradeTaskListQuerySchema,
} from '../../../shared/contract/upgrade-tasks';
import {
  cancelPreviewFactory,
  cancelResultFactory,
  firmwareFactory,
  productFactory,
  reportReadyFactory,
  reportStuckFactory,
  upgradeJobFactory,
  upgradeTaskFactory,
} from '../../../shared/testing/factories';

/**
 * The BFF's `/api` as component tests see it (MSW 2): requests are checked with the contract's own
 * input schemas (a bad one answers 400 `ValidationFailed`, as the BFF does) and every answer is
 * parsed with the contract's output schema, so a handler cannot drift from the contract.
 * Tests change one answer with `server.use(...)`.
 */

export const apiError = (status: number, body: ApiError) =>
  HttpResponse.json(apiErrorSchema.parse(body), { status });

const answer = <S extends z.ZodType>(schema: S, body: z.input<S>, status = 200) =>
  HttpResponse.json(schema.parse(body) as JsonBodyType, { status });

function invalid(error: z.ZodError) {
  return apiError(400, {
    code: bffErrorCodes.validation,
    message: error.issues.map((issue) => issue.message).join('; '),
  });
}

const searchOf = (url: string) => Object.fromEntries(new URL(url).searchParams);

export const handlers = [
  http.get('/api/auth/session', () =>
    answer(sessionUserSchema, { username: 'manager', role: 'manager' }),
  ),

  http.get('/api/me/preferences', () => answer(preferencesSchema, DEFAULT_PREFERENCES)),

  http.put('/api/me/preferences', async ({ request }) => {
    const update = preferencesUpdateSchema.safeParse(await request.json());
    if (!update.success) return invalid(update.error);
    return answer(preferencesSchema, { ...DEFAULT_PREFERENCES, ...update.data });
  }),

  http.get('/api/audit/actions', () =>
    answer(auditActionsSchema, { items: ['CancelOTATaskByDevice', 'CreateOTAModule', 'SignIn'] }),
  ),

  http.get('/api/products', ({ request }) => {
    const query = productListQuerySchema.safeParse(searchOf(request.url));
    if (!query.success) return invalid(query.error);
    const items = [productFactory()];
    return answer(productListSchema, { items, total: items.length, ...query.data });
  }),

  http.get('/api/products/:productKey', ({ params }) =>
    answer(productSchema, productFactory({ productKey: String(params.productKey) })),
  ),

  http.get('/api/products/:productKey/module-packages', () =>
    answer(modulePackagesSchema, { items: [] }),
  ),

  http.get('/api/products/:productKey/firmware', ({ params }) => {
    const items = [firmwareFactory({ productKey: String(params.productKey) })];
    return answer(firmwareListSchema, { items, total: items.length, page: 1, pageSize: 100 });
  }),

  http.get('/api/products/:productKey/firmware/:firmwareId/jobs', ({ params }) => {
    const items = [upgradeJobFactory({ firmwareId: String(params.firmwareId) })];
    return answer(upgradeJobListSchema, { items, total: items.length });
  }),

  http.post(
    '/api/products/:productKey/firmware/:firmwareId/cancel-preview',
    async ({ request }) => {
      const input = cancelTasksInputSchema.safeParse(await request.json());
      if (!input.success) return invalid(input.error);
      return answer(cancelPreviewSchema, cancelPreviewFactory(input.data.deviceNames));
    },
  ),

  http.post('/api/products/:productKey/firmware/:firmwareId/cancel', async ({ request }) => {
    const input = cancelTasksInputSchema.safeParse(await request.json());
    if (!input.success) return invalid(input.error);
    return answer(cancelResultSchema, cancelResultFactory(input.data.deviceNames));
  }),

  http.get('/api/reports/summary', ({ request }) => {
    const query = reportSummaryQuerySchema.safeParse(searchOf(request.url));
    if (!query.success) return invalid(query.error);
    const { count, bucket = 'day' } = query.data;
    return answer(reportSummarySchema, reportReadyFactory({ count, bucket }));
  }),

  http.get('/api/reports/stuck', ({ request }) => {
    const query = reportStuckQuerySchema.safeParse(searchOf(request.url));
    if (!query.success) return invalid(query.error);
    const { stuckHours, page, pageSize } = query.data;
    return answer(reportStuckSchema, reportStuckFactory({ hours: stuckHours, page, pageSize }));
  }),

  http.get('/api/products/:productKey/firmware/:firmwareId/tasks', ({ request }) => {
    const query = upgradeTaskListQuerySchema.safeParse(searchOf(request.url));
    if (!query.success) return invalid(query.error);
    const { page, pageSize } = query.data;
    const items = [upgradeTaskFactory({ jobId: query.data.jobId ?? 'job240a' })];
    return answer(upgradeTaskListAnswerSchema, { items, total: items.length, page, pageSize });
  }),
];
