import { DEMO_ACCESS_KEY_ID, DEMO_ACCESS_KEY_SECRET } from '../../src/bff/demo-defaults';
import { type LoadResult, type LoadTarget, runLoad } from '../lib/load';
import { DEMO_PRODUCT } from '../lib/session';
import { signedQuery } from '../lib/sign';
import { type Spread, spread } from '../lib/stats';

export type OverheadName = 'emulator (signed, direct)' | 'pass-through' | 'BFF';

export interface OverheadResult {
  rounds: number;
  durationMs: number;
  concurrency: number;
  targets: Array<{ name: OverheadName; rps: Spread; p50: Spread; p99: Spread; errors: number }>;
  bffVsPassThrough: Spread;
  bffVsDirect: Spread;
  passThroughVsDirect: Spread;
}

const keys = { accessKeyId: DEMO_ACCESS_KEY_ID, accessKeySecret: DEMO_ACCESS_KEY_SECRET };

/**
 * List modules through the BFF (with a session), through the bare pass-through, and as the same
 * signed call straight to the emulator: the three take turns, `rounds` times, order rotating.
 */
export async function measureOverhead(
  ports: { emulator: number; passThrough: number; bff: number },
  cookie: string,
  options: { rounds: number; durationMs: number; warmupMs: number; concurrency: number },
  log: (line: string) => void,
): Promise<OverheadResult> {
  const modulesPath = `/api/products/${DEMO_PRODUCT}/modules`;
  const targets: Record<OverheadName, LoadTarget> = {
    'emulator (signed, direct)': {
      port: ports.emulator,
      request: () => ({
        path: `/?${signedQuery(keys, 'ListOTAModuleByProduct', { ProductKey: DEMO_PRODUCT })}`,
      }),
    },
    'pass-through': { port: ports.passThrough, request: () => ({ path: modulesPath }) },
    BFF: {
      port: ports.bff,
      request: () => ({ path: modulesPath, headers: { cookie: `ota_session=${cookie}` } }),
    },
  };
  const names = Object.keys(targets) as OverheadName[];
  await checkTargets(targets);

  const results: Record<OverheadName, LoadResult[]> = {
    'emulator (signed, direct)': [],
    'pass-through': [],
    BFF: [],
  };
  for (let round = 0; round < options.rounds; round++) {
    const order = names.map((_, i) => names[(i + round) % names.length]!);
    for (const name of order) {
      const result = await runLoad(targets[name], options);
      results[name].push(result);
      log(
        `  round ${round + 1} ${name}: ${Math.round(result.rps)} rps, p99 ${result.p99.toFixed(1)} ms${result.errors ? `, ${result.errors} errors (${result.firstError})` : ''}`,
      );
    }
  }
  const ratio = (a: OverheadName, b: OverheadName) =>
    spread(results[a].map((r, i) => r.rps / results[b][i]!.rps));
  return {
    rounds: options.rounds,
    durationMs: options.durationMs,
    concurrency: options.concurrency,
    targets: names.map((name) => ({
      name,
      rps: spread(results[name].map((r) => r.rps)),
      p50: spread(results[name].map((r) => r.p50)),
      p99: spread(results[name].map((r) => r.p99)),
      errors: results[name].reduce((n, r) => n + r.errors, 0),
    })),
    bffVsPassThrough: ratio('BFF', 'pass-through'),
    bffVsDirect: ratio('BFF', 'emulator (signed, direct)'),
    passThroughVsDirect: ratio('pass-through', 'emulator (signed, direct)'),
  };
}

/** Each target must answer the module list before it is timed. */
async function checkTargets(targets: Record<string, LoadTarget>) {
  for (const [name, target] of Object.entries(targets)) {
    const { path, headers } = target.request();
    const response = await fetch(`http://127.0.0.1:${target.port}${path}`, { headers });
    const text = await response.text();
    if (!response.ok || !/module/i.test(text)) {
      throw new Error(`${name} answered ${response.status}: ${text.slice(0, 200)}`);
    }
  }
}
