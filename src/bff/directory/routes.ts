import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';

import {
  directoryImportInputSchema,
  directoryImportResultSchema,
  directoryListQuerySchema,
  directoryListSchema,
  MAX_IMPORT_BYTES,
} from '../../shared/contract/directory';
import {
  MAX_UNMATCHED_SETS,
  unmatchedListQuerySchema,
  unmatchedListSchema,
} from '../../shared/contract/directory-unmatched';
import { directoryImportAudit } from './import-audit';
import { applyPlan, planImport, summarize } from './import-plan';
import { setNamedBy, setOfKey } from './set-keys';

/** The CSV travels as text in JSON, where quotes and line breaks take two characters. */
const IMPORT_BODY_LIMIT = 2 * MAX_IMPORT_BYTES + 64 * 1024;

export const directoryRoutes: FastifyPluginAsyncZod = async (app) => {
  app.get(
    '/api/directory',
    {
      config: { access: 'read' },
      schema: { querystring: directoryListQuerySchema, response: { 200: directoryListSchema } },
    },
    async (request) => {
      const { q, productKey, page, pageSize } = request.query;
      const { store, rule } = app.directory;
      const [size, found] = await Promise.all([
        store.size(),
        store.list({ q, productKey, offset: (page - 1) * pageSize, limit: pageSize }),
      ]);
      return { rule, size, page, pageSize, ...found };
    },
  );

  // Devices of a product, firmware or job that had no report terminal at its last resolution.
  app.get(
    '/api/directory/unmatched',
    {
      config: { access: 'read' },
      schema: { querystring: unmatchedListQuerySchema, response: { 200: unmatchedListSchema } },
    },
    async (request) => {
      const { page, pageSize } = request.query;
      const { notes } = app.directory.store;
      const named = setNamedBy(request.query);
      const [note, found, sets] = await Promise.all([
        named ? notes.noteOf(named.key) : undefined,
        notes.unmatched({ setKey: named?.key, offset: (page - 1) * pageSize, limit: pageSize }),
        notes.withUnmatched(MAX_UNMATCHED_SETS),
      ]);
      return {
        set: named ? { kind: named.kind, id: named.id, notedAt: note?.notedAt ?? null } : null,
        page,
        pageSize,
        ...found,
        sets: sets.flatMap(({ setKey, count, notedAt }) => {
          const set = setOfKey(setKey);
          return set ? [{ kind: set.kind, id: set.id, count, notedAt }] : [];
        }),
      };
    },
  );

  // A dry run: what the file would add, change and refuse. Nothing is written or audited.
  app.post(
    '/api/directory/import/preview',
    {
      bodyLimit: IMPORT_BODY_LIMIT,
      config: { access: 'manager' },
      schema: { body: directoryImportInputSchema, response: { 200: directoryImportResultSchema } },
    },
    async (request) => summarize(await planImport(request.body.csv, app.directory.store), false),
  );

  app.post(
    '/api/directory/import',
    {
      bodyLimit: IMPORT_BODY_LIMIT,
      config: { access: 'manager' },
      schema: { body: directoryImportInputSchema, response: { 200: directoryImportResultSchema } },
    },
    async (request) => {
      const { csv, fileName } = request.body;
      const plan = await planImport(csv, app.directory.store);
      const user = request.user!;
      await applyPlan(plan, app.directory.store, user.username);
      const result = summarize(plan, true);
      app.auditStore.record(
        directoryImportAudit(
          {
            username: user.username,
            role: user.role,
            method: request.method,
            route: '/api/directory/import',
            requestId: request.id,
          },
          { fileName: fileName ?? null, bytes: Buffer.byteLength(csv) },
          result,
        ),
      );
      return result;
    },
  );
};
