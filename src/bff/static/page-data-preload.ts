import { EARLY_ANSWER_ATTRIBUTE } from '../../shared/app-shell/early-answers';
import { SESSION_COOKIE } from '../plugins/auth';

export const hasSessionCookie = (cookie: string | undefined) =>
  new RegExp(`(?:^|;\\s*)${SESSION_COOKIE}=[^;]`).test(cookie ?? '');

/** The product list's page size (the app's `PRODUCTS_PAGE_SIZE`; a test holds the two together). */
const PRODUCTS_PAGE_SIZE = 20;
/** Keys as the platform makes them: no character the app's encodeURIComponent would change. */
const PRODUCT_KEY = /^[A-Za-z0-9_-]+$/;
const PRODUCT_PAGE = /^\/products\/([A-Za-z0-9_-]+)\/(modules|tasks)$/;
/** The pages drawn inside the signed-in layout (src/app/router.tsx), which asks for preferences. */
const CONSOLE_PAGE = /^\/(products|audit|reports|directory)(\/|$)/;

/**
 * The API answers a signed-in list page asks for first, exactly as the app asks for them (same URL;
 * the shell's `preload as=fetch crossorigin` has the app's mode and credentials, so the browser hands
 * the answer over instead of asking again): the layout's preferences, the product list's first page,
 * a product's modules or firmware and its name (on the report too). Only for a browser with a session: without one the
 * page goes to /login and would leave them unused.
 */
export function pageDataPreloads(url: string, cookie: string | undefined): string[] {
  const [pathname = '', query] = url.split('?', 2) as [string, string?];
  if (!hasSessionCookie(cookie) || !CONSOLE_PAGE.test(pathname)) return [];
  const hrefs = ['/api/me/preferences'];
  // Another page of products is read from the query by the app; only the plain address is sure.
  if (pathname === '/products' && !query)
    hrefs.push(`/api/products?page=1&pageSize=${PRODUCTS_PAGE_SIZE}`);
  const product = PRODUCT_PAGE.exec(pathname);
  if (product) {
    const [, key, page] = product;
    hrefs.push(
      page === 'modules'
        ? `/api/products/${key}/modules`
        : `/api/products/${key}/firmware?pageSize=100`,
      `/api/products/${key}`,
    );
  }
  // The report names its product above the form: its name, known in the first render, moves nothing.
  const reportProduct =
    pathname === '/reports' ? new URLSearchParams(query).getAll('productKey') : [];
  if (reportProduct.length === 1 && PRODUCT_KEY.test(reportProduct[0]!))
    hrefs.push(`/api/products/${reportProduct[0]}`);
  return hrefs;
}

/**
 * The shell with a `preload` of each answer early in its head, after those already there (the
 * session's), with the credentials of the app's fetch; `early` marks them for the app's generic
 * taker (src/app/lib/early-answers.ts) rather than one of its own.
 */
export function withFetchPreloads(html: string, hrefs: string[], early = false): string {
  if (hrefs.length === 0) return html;
  const mark = early ? ` ${EARLY_ANSWER_ATTRIBUTE}` : '';
  const links = hrefs.map((href) => {
    const attribute = href.replaceAll('&', '&amp;').replaceAll('"', '&quot;');
    return `\n    <link rel="preload" as="fetch" crossorigin href="${attribute}"${mark}>`;
  });
  return html.replace(FIRST_FETCH_PRELOADS, (head) => `${head}${links.join('')}`);
}

const FIRST_FETCH_PRELOADS = /<head>(?:\s*<link rel="preload" as="fetch" [^>]*>)*/;
