import { defineConfig } from '@lingui/conf';
import { formatter } from '@lingui/format-po';

/** What /login and the console frame need before anything else. */
const shell = [
  'src/app/i18n/*.{ts,tsx}',
  'src/app/lib',
  'src/app/features/auth',
  'src/app/routes/login.tsx',
  'src/app/components/page-loader.tsx',
  'src/app/components/require-session.tsx',
  'src/app/components/query-error.tsx',
  'src/app/app.tsx',
  'src/app/theme.ts',
];

/**
 * Each page's own words, loaded with its route (src/app/router.tsx): its feature folder and its
 * route file. /reports names firmware and jobs with the task page's labels, so it carries them too.
 */
const pages = {
  products: ['src/app/features/products', 'src/app/routes/products.tsx'],
  'ota-modules': ['src/app/features/ota-modules', 'src/app/routes/ota-modules.tsx'],
  'upgrade-tasks': ['src/app/features/upgrade-tasks', 'src/app/routes/upgrade-tasks.tsx'],
  audit: ['src/app/features/audit', 'src/app/routes/audit.tsx'],
  directory: ['src/app/features/directory', 'src/app/routes/directory.tsx'],
  reports: [
    'src/app/features/reports',
    'src/app/routes/reports.tsx',
    'src/app/features/upgrade-tasks/components/firmware-picker.tsx',
  ],
  kiosk: ['src/app/features/kiosk', 'src/app/routes/kiosk.tsx'],
};

const inRoot = (path: string) => `<rootDir>/${path}`;
const asGlob = (path: string) => (/\.(tsx?|\})$/.test(path) ? path : `${path}/**`);
const NOT_SOURCE = ['**/*.test.*', '**/locales/**'];
const catalog = (name: string) => `<rootDir>/src/app/i18n/locales/{locale}/${name}`;

/**
 * Catalogs per language, so each page loads only its own words: `shell` (sign-in, the language
 * switch, error messages), `console` (the signed-in frame and what every page shares, and the
 * kiosk's), and one per page. Code names each message by an explicit id with its English text
 * beside it: `i18n._({ id, message })`.
 */
export default defineConfig({
  sourceLocale: 'en',
  locales: ['en', 'zh-CN'],
  fallbackLocales: { default: 'en' },
  catalogs: [
    { path: catalog('shell'), include: shell.map(inRoot), exclude: NOT_SOURCE },
    {
      path: catalog('console'),
      include: ['<rootDir>/src/app'],
      exclude: [
        ...NOT_SOURCE,
        ...[...shell, ...Object.values(pages).flat()].map((p) => inRoot(asGlob(p))),
      ],
    },
    ...Object.entries(pages).map(([name, paths]) => ({
      path: catalog(name),
      include: paths.map(inRoot),
      exclude: NOT_SOURCE,
    })),
  ],
  // No file/line origins: catalogs stay small and do not conflict when code moves.
  format: formatter({ origins: false, explicitIdAsDefault: true }),
  orderBy: 'messageId',
});
