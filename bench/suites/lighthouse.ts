import * as chromeLauncher from 'chrome-launcher';
import lighthouse, { desktopConfig, type Result } from 'lighthouse';

import { CHROMIUM, CHROMIUM_FLAGS } from '../lib/session';
import { type Spread, spread } from '../lib/stats';

export interface LighthouseTarget {
  name: string;
  url: string;
  cookie?: string;
  /** The page is only measured if Lighthouse ends here (not redirected to /login). */
  expectPath: string;
  /** Only these form factors (default both). */
  formFactors?: Array<'desktop' | 'mobile'>;
  /**
   * `devtools`: Lighthouse applies its throttling to the real load instead of simulating it, so
   * times the page reports itself (User Timing marks) include the throttled network.
   */
  throttlingMethod?: 'devtools';
  /** A User Timing mark the page sets (e.g. when its figures show), read from each run. */
  userTiming?: string;
}

/** The desktop run of /reports with a warm report store and applied (not simulated) throttling. */
export const REPORTS_WARM = '/reports, warm report store';

/** Issue 18's targets, per page (the floor app is measured alongside for comparison only). */
export const LIGHTHOUSE_TARGETS = {
  desktopPerformance: 1,
  accessibility: 1,
  mobilePerformance: 0.9,
  /** /reports with a warm report store: its figures on screen within this, desktop. */
  reportFiguresMs: 1000,
};

export interface LighthouseRow {
  name: string;
  formFactor: 'desktop' | 'mobile';
  performance?: Spread;
  accessibility?: Spread;
  lcp?: Spread;
  tbt?: Spread;
  cls?: Spread;
  /** The target's User Timing mark, ms from the navigation's start. */
  userTiming?: Spread;
  finalPath?: string;
  notMeasured?: string;
}

/**
 * Lighthouse (navigation, simulated throttling: its defaults for mobile and its desktop config)
 * on Debian's Chromium, performance and accessibility only, `runs` times per page and form factor.
 */
export async function measureLighthouse(
  targets: LighthouseTarget[],
  runs: number,
  log: (line: string) => void,
): Promise<LighthouseRow[]> {
  const rows: LighthouseRow[] = [];
  for (const target of targets) {
    for (const formFactor of target.formFactors ?? (['desktop', 'mobile'] as const)) {
      const results: Result[] = [];
      let failure: string | undefined;
      for (let i = 0; i < runs; i++) {
        const lhr = await runOnce(target, formFactor);
        if ('error' in lhr) {
          failure = lhr.error;
          break;
        }
        const finalPath = new URL(lhr.finalDisplayedUrl).pathname;
        if (finalPath !== target.expectPath) {
          failure = `ended at ${finalPath}`;
          break;
        }
        results.push(lhr);
      }
      if (failure || results.length === 0) {
        rows.push({ name: target.name, formFactor, notMeasured: `Lighthouse: ${failure}` });
        continue;
      }
      const pick = (f: (lhr: Result) => number | null | undefined) =>
        spread(results.map((lhr) => f(lhr) ?? NaN));
      const row: LighthouseRow = {
        name: target.name,
        formFactor,
        performance: pick((lhr) => lhr.categories.performance?.score),
        accessibility: pick((lhr) => lhr.categories.accessibility?.score),
        lcp: pick((lhr) => lhr.audits['largest-contentful-paint']?.numericValue),
        tbt: pick((lhr) => lhr.audits['total-blocking-time']?.numericValue),
        cls: pick((lhr) => lhr.audits['cumulative-layout-shift']?.numericValue),
        userTiming: target.userTiming
          ? pick((lhr) => userTimingMs(lhr, target.userTiming!))
          : undefined,
        finalPath: new URL(results[0]!.finalDisplayedUrl).pathname,
      };
      rows.push(row);
      log(
        `  ${target.name} ${formFactor}: perf ${row.performance?.median} a11y ${row.accessibility?.median} LCP ${Math.round(row.lcp?.median ?? NaN)} ms CLS ${row.cls?.median.toFixed(3)}${row.userTiming ? ` ${target.userTiming} ${Math.round(row.userTiming.median)} ms` : ''}`,
      );
    }
  }
  return rows;
}

/** A User Timing mark's time in a Lighthouse result (its `user-timings` audit). */
function userTimingMs(lhr: Result, name: string): number | undefined {
  const details = lhr.audits['user-timings']?.details as
    { items?: Array<{ name: string; timingType: string; startTime: number }> } | undefined;
  return details?.items?.find((i) => i.name === name && i.timingType === 'Mark')?.startTime;
}

/**
 * One Lighthouse run in a fresh Chromium. A run that fails to record its trace (NO_NAVSTART and
 * the like happen on a busy machine) is tried again, up to three attempts.
 */
async function runOnce(
  target: LighthouseTarget,
  formFactor: 'desktop' | 'mobile',
): Promise<Result | { error: string }> {
  let error = 'no result';
  for (let attempt = 1; attempt <= 3; attempt++) {
    const chrome = await chromeLauncher.launch({
      chromePath: CHROMIUM,
      chromeFlags: CHROMIUM_FLAGS,
      logLevel: 'silent',
    });
    try {
      const result = await lighthouse(
        target.url,
        {
          port: chrome.port,
          output: 'json',
          logLevel: 'error',
          onlyCategories: ['performance', 'accessibility'],
          extraHeaders: target.cookie ? { Cookie: target.cookie } : undefined,
          ...(target.throttlingMethod ? { throttlingMethod: target.throttlingMethod } : {}),
        },
        formFactor === 'desktop' ? desktopConfig : undefined,
      );
      const lhr = result?.lhr;
      if (lhr && !lhr.runtimeError) return lhr;
      error = lhr?.runtimeError?.message ?? 'no result';
    } catch (thrown) {
      error = (thrown as Error).message;
    } finally {
      chrome.kill();
    }
  }
  return { error: `${error} (3 attempts)` };
}
