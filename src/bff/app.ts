import { randomUUID } from 'node:crypto';

import swagger from '@fastify/swagger';
import Fastify, { type FastifyInstance, type FastifyServerOptions } from 'fastify';
import {
  jsonSchemaTransform,
  serializerCompiler,
  validatorCompiler,
  type ZodTypeProvider,
} from 'fastify-type-provider-zod';

import { bffErrorCodes } from '../shared/contract/api-error';
import { fixedUsers, watchedUsersFile } from './auth/users-source';
import type { BffConfig } from './config';
import { directoryPlugin } from './directory/plugin';
import { directoryRoutes } from './directory/routes';
import { kioskLinksPlugin } from './kiosk/plugin';
import { apiContractPlugin } from './plugins/api-contract';
import { auditPlugin } from './plugins/audit';
import { authPlugin } from './plugins/auth';
import { cloudPlugin } from './plugins/cloud';
import { dbPlugin } from './plugins/db';
import { errorHandlerPlugin, rawRouterRefusal } from './plugins/error-handler';
import { loggerOptions, OneLinePerRequest } from './plugins/logging';
import { loginLimitPlugin } from './plugins/login-limit';
import { securityPlugin } from './plugins/security';
import { ssePlugin } from './plugins/sse';
import { registerStaticFiles } from './plugins/static-files';
import { preferencesPlugin } from './preferences/plugin';
import { preferencesRoutes } from './preferences/routes';
import { reportPlugin, type ReportPluginOptions } from './report/plugin';
import { auditRoutes } from './routes/audit';
import { authRoutes } from './routes/auth';
import { firmwareRoutes } from './routes/firmware';
import { healthRoutes } from './routes/health';
import { kioskRoutes } from './routes/kiosk';
import { otaModuleRoutes } from './routes/ota-modules';
import { productRoutes } from './routes/products';
import { reportStreamRoutes } from './routes/report-stream';
import { reportRoutes } from './routes/reports';
import { upgradeTaskRoutes } from './routes/upgrade-tasks';

/** Paths whose values must never reach a log line (see plugins/logging.ts). */
export { LOG_REDACT } from './plugins/logging';

export interface BuildAppOptions {
  logger?: FastifyServerOptions['logger'];
  /** Report sync overrides (tests and the bench). */
  reportTuning?: ReportPluginOptions['tuning'];
}

export async function buildApp(
  config: BffConfig,
  options: BuildAppOptions = {},
): Promise<FastifyInstance> {
  const app = Fastify({
    logger: options.logger ?? loggerOptions(config.logLevel),
    genReqId: (request) => {
      const incoming = request.headers['x-request-id'];
      return typeof incoming === 'string' && /^[\w-]{8,64}$/.test(incoming)
        ? incoming
        : randomUUID();
    },
    // Behind a TLS-terminating proxy, X-Forwarded-Proto/-Host make the console's own origin (CSRF
    // check), the Secure cookie and the client address (sign-in limits) right. (A hop count is
    // documented and supported, though missing from Fastify's type.)
    trustProxy: config.trustProxy as boolean | string[],
    logController: new OneLinePerRequest(),
    // The largest legitimate body is a cancel request naming devices; far below this.
    bodyLimit: 256 * 1024,
    return503OnClosing: true,
    routerOptions: {
      onBadUrl: rawRouterRefusal(400, bffErrorCodes.validation, 'The address is not valid'),
      onMaxParamLength: rawRouterRefusal(414, bffErrorCodes.uriTooLong, 'The address is too long'),
    },
  }).withTypeProvider<ZodTypeProvider>();

  app.setValidatorCompiler(validatorCompiler);
  app.setSerializerCompiler(serializerCompiler);

  await app.register(swagger, {
    openapi: {
      info: { title: 'OTA Console BFF', version: '1.0.0' },
    },
    transform: jsonSchemaTransform,
  });

  await app.register(errorHandlerPlugin);
  await app.register(dbPlugin, { dataDir: config.dataDir });
  await app.register(apiContractPlugin);
  await app.register(securityPlugin);
  await app.register(kioskLinksPlugin, { dataDir: config.dataDir });
  await app.register(authPlugin, {
    sessionKey: config.sessionKey,
    users: config.usersFile
      ? watchedUsersFile(config.usersFile, config.users, app.log)
      : fixedUsers(config.users),
    limits: config.session,
    isKioskLinkActive: (id) => app.kioskLinks.isActive(id),
  });
  await app.register(loginLimitPlugin, {});
  await app.register(auditPlugin, { dataDir: config.dataDir });
  await app.register(cloudPlugin, { upstream: config.upstream });
  await app.register(ssePlugin);
  await app.register(preferencesPlugin);
  await app.register(directoryPlugin, {
    rule: config.terminalMatch,
    seedDemo: config.mode === 'demo',
  });
  await app.register(reportPlugin, {
    report: config.report,
    sync: config.reportSync,
    refreshSeconds: config.kioskRefreshSeconds,
    tuning: options.reportTuning,
  });

  await app.register(healthRoutes);
  await app.register(authRoutes);
  await app.register(auditRoutes);
  await app.register(productRoutes);
  await app.register(otaModuleRoutes);
  await app.register(reportRoutes);
  await app.register(reportStreamRoutes);
  await app.register(kioskRoutes, { refreshSeconds: config.kioskRefreshSeconds });
  await app.register(firmwareRoutes);
  await app.register(upgradeTaskRoutes);
  await app.register(directoryRoutes);
  await app.register(preferencesRoutes);

  app.get('/api/openapi.json', { config: { access: 'public' }, schema: { hide: true } }, async () =>
    app.swagger(),
  );

  const sendAppShell = config.staticDir
    ? await registerStaticFiles(app, config.staticDir)
    : undefined;

  app.setNotFoundHandler((request, reply) => {
    const pathname = request.url.split('?')[0] ?? '/';
    const wantsPage =
      request.method === 'GET' && !pathname.startsWith('/api') && !pathname.startsWith('/assets/');
    // Client-side routes (deep links) get the SPA shell.
    if (sendAppShell && wantsPage) return sendAppShell(request, reply);
    return reply
      .status(404)
      .send({ code: bffErrorCodes.notFound, message: `No route ${request.method} ${pathname}` });
  });

  return app;
}
