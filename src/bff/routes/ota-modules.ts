import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';

import {
  createOtaModuleInputSchema,
  modulePackagesSchema,
  otaModuleErrorCodes,
  otaModuleFieldForCode,
  otaModuleListSchema,
  otaModuleParamsSchema,
  otaModuleWriteResultSchema,
  updateOtaModuleInputSchema,
} from '../../shared/contract/ota-modules';
import { productParamsSchema } from '../../shared/contract/products';
import {
  isDefaultModule,
  MAX_CUSTOM_MODULES_PER_PRODUCT,
  sameModuleName,
} from '../../shared/ota/module-rules';
import { UpstreamError } from '../cloud/upstream-error';
import { AppError } from '../errors';

/** An upstream refusal that concerns one form field carries it as a field error too. */
function withFieldError(error: unknown): never {
  const field = error instanceof UpstreamError ? otaModuleFieldForCode[error.code] : undefined;
  if (!(error instanceof UpstreamError) || !field) throw error;
  throw new AppError(error.statusCode, error.code, error.message, {
    requestId: error.extra.requestId,
    fieldErrors: { [field]: error.message },
  });
}

function refuseDefaultModule(moduleName: string): void {
  if (!isDefaultModule(moduleName)) return;
  throw new AppError(
    409,
    otaModuleErrorCodes.defaultModule,
    'The default module stands for the whole-device firmware and cannot be changed or deleted',
  );
}

const writeResponse = { 200: otaModuleWriteResultSchema, 201: otaModuleWriteResultSchema };

export const otaModuleRoutes: FastifyPluginAsyncZod = async (app) => {
  app.get(
    '/api/products/:productKey/modules',
    {
      config: { access: 'read' },
      schema: { params: productParamsSchema, response: { 200: otaModuleListSchema } },
    },
    async (request) => {
      const { items } = await app.cloud.modules(request.params.productKey, { request });
      return {
        items,
        customCount: items.filter((m) => !m.isDefault).length,
        customLimit: MAX_CUSTOM_MODULES_PER_PRODUCT,
      };
    },
  );

  // Apart from the module list, so the list stays one upstream call and a page shows it at once.
  app.get(
    '/api/products/:productKey/module-packages',
    {
      config: { access: 'read' },
      schema: { params: productParamsSchema, response: { 200: modulePackagesSchema } },
    },
    async (request) => {
      const firmware = await app.cloud.firmware(request.params.productKey, { request });
      const counts = new Map<string, number>();
      for (const { moduleName } of firmware)
        counts.set(moduleName, (counts.get(moduleName) ?? 0) + 1);
      return { items: [...counts].map(([moduleName, packages]) => ({ moduleName, packages })) };
    },
  );

  app.post(
    '/api/products/:productKey/modules',
    {
      config: { access: 'write', audit: 'CreateOTAModule' },
      schema: {
        params: productParamsSchema,
        body: createOtaModuleInputSchema,
        response: writeResponse,
      },
    },
    async (request, reply) => {
      const { productKey } = request.params;
      const { moduleName, aliasName, desc } = request.body;
      // The upstream refuses these too; checking first gives a clear answer on the right field.
      const { items, requestId } = await app.cloud.modules(productKey, { request });
      const taken = items.find((m) => sameModuleName(m.moduleName, moduleName));
      if (taken) {
        const message = `A module named "${taken.moduleName}" already exists in this product (names ignore letter case)`;
        throw new AppError(409, otaModuleErrorCodes.nameTaken, message, {
          requestId,
          fieldErrors: { moduleName: message },
        });
      }
      if (items.filter((m) => !m.isDefault).length >= MAX_CUSTOM_MODULES_PER_PRODUCT) {
        throw new AppError(
          409,
          otaModuleErrorCodes.limitReached,
          `This product already has ${MAX_CUSTOM_MODULES_PER_PRODUCT} custom modules, the most allowed. Delete a module or reuse one.`,
          { requestId },
        );
      }
      const upstreamId = await app.cloud
        .writeModule(
          'create',
          {
            productKey,
            moduleName,
            aliasName: aliasName === '' ? undefined : aliasName,
            desc: desc === '' ? undefined : desc,
          },
          { request },
        )
        .catch(withFieldError);
      return reply.status(201).send({ productKey, moduleName, requestId: upstreamId });
    },
  );

  app.patch(
    '/api/products/:productKey/modules/:moduleName',
    {
      config: { access: 'write', audit: 'UpdateOTAModule' },
      schema: {
        params: otaModuleParamsSchema,
        body: updateOtaModuleInputSchema,
        response: writeResponse,
      },
    },
    async (request) => {
      const { productKey, moduleName } = request.params;
      refuseDefaultModule(moduleName);
      const { aliasName, desc } = request.body;
      const upstreamId = await app.cloud
        .writeModule(
          'update',
          // Empty: no alias asked for, the current one stays (the platform cannot remove one).
          { productKey, moduleName, aliasName: aliasName === '' ? undefined : aliasName, desc },
          { request },
        )
        .catch(withFieldError);
      return { productKey, moduleName, requestId: upstreamId };
    },
  );

  app.delete(
    '/api/products/:productKey/modules/:moduleName',
    {
      config: { access: 'write', audit: 'DeleteOTAModule' },
      schema: { params: otaModuleParamsSchema, response: writeResponse },
    },
    async (request) => {
      const { productKey, moduleName } = request.params;
      refuseDefaultModule(moduleName);
      const upstreamId = await app.cloud.deleteModule(productKey, moduleName, { request });
      return { productKey, moduleName, requestId: upstreamId };
    },
  );
};
