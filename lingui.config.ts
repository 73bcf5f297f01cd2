import { defineConfig } from '@lingui/conf';
import { formatter } from '@lingui/format-po';

/** What /login and the console frame need; everything else in src/app is the `console` catalog. */
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
const inRoot = (path: string) => `<rootDir>/${path}`;
const asGlob = (path: string) => (/\.(tsx?|\})$/.test(path) ? path : `${path}/**`);

/**
 * Two catalogs per language, so /login loads only its own words: `shell` (sign-in, the language
 * switch, error messages) and `console` (everything behind sign-in, and the kiosk). Code names each
 * message by an explicit id with its English text beside it: `i18n._({ id, message })`.
 */
export default defineConfig({
  sourceLocale: 'en',
  locales: ['en', 'zh-CN'],
  fallbackLocales: { default: 'en' },
  catalogs: [
    {
      path: '<rootDir>/src/app/i18n/locales/{locale}/shell',
      include: shell.map(inRoot),
      exclude: ['**/*.test.*', '**/locales/**'],
    },
    {
      path: '<rootDir>/src/app/i18n/locales/{locale}/console',
      include: ['<rootDir>/src/app'],
      exclude: ['**/*.test.*', '**/locales/**', ...shell.map((p) => inRoot(asGlob(p)))],
    },
  ],
  // No file/line origins: catalogs stay small and do not conflict when code moves.
  format: formatter({ origins: false, explicitIdAsDefault: true }),
  orderBy: 'messageId',
});
