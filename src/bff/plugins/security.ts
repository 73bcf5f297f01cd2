import type { FastifyInstance, FastifyRequest } from 'fastify';
import fp from 'fastify-plugin';
import helmet from 'helmet';

import { bffErrorCodes } from '../../shared/contract/api-error';
import { AppError, forbidden } from '../errors';

const SAFE_METHODS = new Set(['GET', 'HEAD', 'OPTIONS']);
/** Fetch-metadata values a page of our own (or the user typing the URL) produces. */
const OWN_FETCH_SITES = new Set(['same-origin', 'none']);

/** The origin this request was addressed to, as the browser sees it. */
function ownOrigin(request: FastifyRequest): string {
  return `${request.protocol}://${request.host}`;
}

function refererOrigin(referer: string | undefined): string | undefined {
  if (!referer) return undefined;
  try {
    return new URL(referer).origin;
  } catch {
    return 'invalid';
  }
}

const LONE_SURROGATE = /[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/;

/** The path (a.b.0) of the first string that is not well-formed Unicode, if any. */
export function malformedTextAt(value: unknown, at: string[] = [], depth = 0): string | undefined {
  if (typeof value === 'string')
    return LONE_SURROGATE.test(value) ? at.join('.') || '_' : undefined;
  if (!value || typeof value !== 'object' || depth > 32) return undefined;
  for (const [key, inner] of Object.entries(value)) {
    const found = malformedTextAt(inner, [...at, key], depth + 1);
    if (found !== undefined) return found;
  }
  return undefined;
}

function mediaType(contentType: string | undefined): string | undefined {
  return contentType?.split(';')[0]?.trim().toLowerCase();
}

/**
 * Security headers on every response (API, SPA shell, assets, kiosk, errors), and the CSRF rules
 * for every state-changing request:
 * 1. `Sec-Fetch-Site`, when the browser sends it, must be same-origin;
 * 2. `Origin` (or else `Referer`), when present, must be the console's own origin;
 * 3. a body must be `application/json`, which a cross-site form cannot send and which needs a
 *    CORS preflight we never grant.
 * The session cookie is SameSite=Strict on top of this.
 */
export const securityPlugin = fp(async (app: FastifyInstance) => {
  // helmet itself, built once: @fastify/helmet builds a new helmet (and parses the CSP) per request.
  const securityHeaders = helmet({
    contentSecurityPolicy: {
      useDefaults: false,
      directives: {
        defaultSrc: ["'self'"],
        scriptSrc: ["'self'"],
        scriptSrcAttr: ["'none'"],
        // Mantine writes inline style attributes (STYLE.md).
        styleSrc: ["'self'", "'unsafe-inline'"],
        imgSrc: ["'self'", 'data:'],
        fontSrc: ["'self'", 'data:'],
        connectSrc: ["'self'"],
        workerSrc: ["'self'"],
        manifestSrc: ["'self'"],
        objectSrc: ["'none'"],
        baseUri: ["'self'"],
        formAction: ["'self'"],
        frameAncestors: ["'none'"],
      },
    },
    crossOriginEmbedderPolicy: false,
    crossOriginResourcePolicy: { policy: 'same-origin' },
    referrerPolicy: { policy: 'same-origin' },
    xFrameOptions: { action: 'deny' },
    strictTransportSecurity: false,
  });
  app.addHook('onRequest', (request, reply, done) => {
    securityHeaders(request.raw, reply.raw, () => done());
  });

  app.addHook('onRequest', async (request) => {
    if (SAFE_METHODS.has(request.method)) return;
    const site = request.headers['sec-fetch-site'];
    if (typeof site === 'string' && !OWN_FETCH_SITES.has(site)) {
      request.log.warn({ csrf: { site } }, 'cross-site request refused');
      throw forbidden('Cross-site request refused');
    }
    const origin = request.headers.origin ?? refererOrigin(request.headers.referer);
    if (origin !== undefined && origin !== ownOrigin(request)) {
      request.log.warn({ csrf: { origin } }, 'cross-site request refused');
      throw forbidden('Cross-site request refused');
    }
    const type = mediaType(request.headers['content-type']);
    if (type !== undefined && type !== 'application/json') {
      throw new AppError(
        415,
        'UnsupportedMediaType',
        'State-changing requests must send application/json',
      );
    }
  });

  // Text that is not well-formed Unicode (a lone surrogate) cannot be signed or stored faithfully.
  app.addHook('preValidation', async (request) => {
    const field =
      malformedTextAt(request.params) ??
      malformedTextAt(request.query) ??
      malformedTextAt(request.body);
    if (field !== undefined) {
      throw new AppError(400, bffErrorCodes.validation, 'Some fields are not valid', {
        fieldErrors: { [field]: 'Contains characters that are not valid text' },
      });
    }
  });

  // API answers are per user and per moment: never cache them.
  app.addHook('onSend', async (request, reply) => {
    if (request.url.startsWith('/api/') && !reply.hasHeader('cache-control')) {
      reply.header('cache-control', 'no-store');
    }
  });
});
