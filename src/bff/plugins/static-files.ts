import path from 'node:path';

import fastifyStatic from '@fastify/static';
import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';

import { createAppShell } from '../static/app-shell';
import { pageDataPreloads, withFetchPreloads } from '../static/page-data-preload';
import { reportSummaryPreload } from '../static/report-preload';

/**
 * The built console: hashed files under /assets are cached for a year (`immutable`), everything
 * else is revalidated; the build's gzip and Brotli copies (`*.gz`, `*.br`) are sent to browsers
 * that accept them. Returns the handler that answers client-side routes with the SPA shell.
 */
export async function registerStaticFiles(app: FastifyInstance, root: string) {
  const resolved = path.resolve(root);
  await app.register(fastifyStatic, {
    root: resolved,
    wildcard: false,
    preCompressed: true,
    maxAge: '1h',
    setHeaders: (res, file) => {
      if (file.endsWith('.html')) res.header('cache-control', 'no-cache');
      else if (file.includes(`${path.sep}assets${path.sep}`))
        res.header('cache-control', 'public, max-age=31536000, immutable');
    },
  });

  const shell = createAppShell(resolved);
  return (request: FastifyRequest, reply: FastifyReply) => {
    const pathname = request.url.split('?')[0] ?? '/';
    const { cookie } = request.headers;
    const summary = reportSummaryPreload(request.url, cookie);
    const answers = pageDataPreloads(request.url, cookie);
    const { body, encoding } = shell.forRequest(
      pathname,
      request.headers['accept-encoding'],
      summary || answers.length
        ? (html) =>
            withFetchPreloads(withFetchPreloads(html, summary ? [summary] : []), answers, true)
        : undefined,
    );
    if (encoding) reply.header('content-encoding', encoding);
    return (
      reply
        // A signed-in page's shell names its first API answers only for a browser with a session.
        .header('vary', 'accept-encoding, cookie')
        .header('cache-control', 'no-cache')
        .type('text/html; charset=utf-8')
        .send(body)
    );
  };
}
