import http from 'node:http';

import { quantile } from './stats';

export interface LoadTarget {
  /** Builds one request (a fresh path each call, e.g. a new signature nonce). */
  request: () => { path: string; headers?: Record<string, string> };
  port: number;
}

export interface LoadResult {
  requests: number;
  errors: number;
  rps: number;
  p50: number;
  p99: number;
  /** The first non-2xx status seen, to explain errors. */
  firstError?: string;
}

/**
 * A small closed-loop load generator: `concurrency` keep-alive connections to 127.0.0.1, each
 * sending its next request as soon as the previous answer is read, for `durationMs` (after
 * `warmupMs` that is not counted).
 */
export async function runLoad(
  target: LoadTarget,
  options: { concurrency: number; durationMs: number; warmupMs: number },
): Promise<LoadResult> {
  const agent = new http.Agent({ keepAlive: true, maxSockets: options.concurrency });
  const latencies: number[] = [];
  let errors = 0;
  let firstError: string | undefined;
  const startedAt = performance.now();
  const measureFrom = startedAt + options.warmupMs;
  const stopAt = measureFrom + options.durationMs;

  const once = () =>
    new Promise<void>((resolve) => {
      const { path, headers } = target.request();
      const t0 = performance.now();
      const req = http.request(
        { host: '127.0.0.1', port: target.port, path, method: 'GET', agent, headers },
        (res) => {
          res.on('data', () => undefined);
          res.on('end', () => {
            const t1 = performance.now();
            if (t0 >= measureFrom && t1 <= stopAt) {
              if (res.statusCode && res.statusCode < 300) latencies.push(t1 - t0);
              else {
                errors++;
                firstError ??= `HTTP ${res.statusCode}`;
              }
            }
            resolve();
          });
        },
      );
      req.on('error', (error) => {
        errors++;
        firstError ??= error.message;
        resolve();
      });
      req.end();
    });

  const worker = async () => {
    while (performance.now() < stopAt) await once();
  };
  await Promise.all(Array.from({ length: options.concurrency }, worker));
  agent.destroy();
  return {
    requests: latencies.length,
    errors,
    rps: (latencies.length / options.durationMs) * 1000,
    p50: quantile(latencies, 0.5),
    p99: quantile(latencies, 0.99),
    firstError,
  };
}
