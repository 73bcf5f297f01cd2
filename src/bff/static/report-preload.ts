import { reportSummaryQuerySchema } from '../../shared/contract/reports';
import { hasSessionCookie } from './page-data-preload';

/**
 * The summary /reports will ask for, when its address is a plain report (every parameter one the
 * summary query takes, once, and valid; devices and a range given; not the stuck list) and the
 * browser has a session: the shell preloads it, so the answer is on its way before the page's code
 * has loaded. The app takes it only when it reads as the query the page asks (early-report.ts);
 * anything else is left to the page, which then asks on its own as before.
 */
export function reportSummaryPreload(url: string, cookie: string | undefined): string | null {
  const [pathname, query = ''] = url.split('?', 2) as [string, string?];
  if (pathname !== '/reports' || !query || !hasSessionCookie(cookie)) return null;
  const params = new URLSearchParams(query);
  const keys = [...params.keys()];
  if (new Set(keys).size !== keys.length) return null;
  const parsed = reportSummaryQuerySchema.safeParse(Object.fromEntries(params));
  if (!parsed.success || parsed.data.show === 'stuck') return null;
  if (keys.some((key) => !(key in parsed.data))) return null;
  return `/api/reports/summary?${params.toString()}`;
}
