import fastifySse from '@fastify/sse';
import type { FastifyInstance } from 'fastify';
import fp from 'fastify-plugin';

/** Heartbeat comments keep idle streams open through proxies that cut silent connections. */
const HEARTBEAT_MS = 15_000;

/**
 * Server-Sent Events for routes declared `{ sse: true }` (@fastify/sse): report pages and kiosks
 * get fresh figures the moment a sync lands instead of polling.
 */
export const ssePlugin = fp(
  async (app: FastifyInstance) => {
    await app.register(fastifySse, { heartbeatInterval: HEARTBEAT_MS });
  },
  { name: 'sse' },
);
