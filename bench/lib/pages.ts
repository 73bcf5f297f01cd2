/** A page the bundle and Lighthouse suites load, and how to tell it really showed. */
export interface BenchPage {
  name: string;
  url: string;
  /** Signed-in pages get the manager's session cookie. */
  signedIn?: boolean;
  /** The page is the one meant when this text shows (not a redirect or a not-found page). */
  expectText: string;
  /** ...at this path (no redirect to /login). */
  expectPath: string;
  /** Its JS is judged against the floor app (≤ 1.25×), up to the moment `expectText` shows. */
  jsBudget: boolean;
}

/** The floor app and every page of issue 18's targets, in the order the tables list them. */
export function benchPages(urls: {
  floorUrl: string;
  bffUrl: string;
  kioskUrl: string;
  product: string;
}): BenchPage[] {
  const { floorUrl, bffUrl, kioskUrl, product } = urls;
  const modules = `/products/${product}/modules`;
  const tasks = `/products/${product}/tasks`;
  return [
    {
      name: 'floor app',
      url: `${floorUrl}/`,
      expectText: 'Sign in',
      expectPath: '/',
      jsBudget: false,
    },
    {
      name: '/login',
      url: `${bffUrl}/login`,
      expectText: 'Sign in',
      expectPath: '/login',
      jsBudget: true,
    },
    {
      name: '/products',
      url: `${bffUrl}/products`,
      signedIn: true,
      expectText: 'Products',
      expectPath: '/products',
      jsBudget: true,
    },
    {
      name: '/products/:productKey/modules',
      url: `${bffUrl}${modules}`,
      signedIn: true,
      expectText: 'OTA modules',
      expectPath: modules,
      jsBudget: true,
    },
    {
      name: '/products/:productKey/tasks',
      url: `${bffUrl}${tasks}`,
      signedIn: true,
      expectText: 'Upgrade tasks',
      expectPath: tasks,
      jsBudget: true,
    },
    {
      name: '/audit',
      url: `${bffUrl}/audit`,
      signedIn: true,
      expectText: 'Audit trail',
      expectPath: '/audit',
      jsBudget: true,
    },
    // "Upgrade status" heads the summary figures, which show before the charts load.
    {
      name: '/reports',
      url: `${bffUrl}/reports?productKey=${product}&range=30d`,
      signedIn: true,
      expectText: 'Upgrade status',
      expectPath: '/reports',
      jsBudget: true,
    },
    {
      name: '/kiosk',
      url: kioskUrl,
      expectText: 'Upgrade status',
      expectPath: '/kiosk',
      jsBudget: false,
    },
  ];
}
