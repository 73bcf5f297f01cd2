import js from '@eslint/js';
import jsxA11y from 'eslint-plugin-jsx-a11y';
import reactHooks from 'eslint-plugin-react-hooks';
import simpleImportSort from 'eslint-plugin-simple-import-sort';
import globals from 'globals';
import tseslint from 'typescript-eslint';

/**
 * The three roots talk through src/shared only; shared imports none of them. Relative imports are
 * matched by depth, so `../app` inside src/bff/routes (the BFF's own app.ts) stays allowed.
 */
const zone = (folder, forbidden) =>
  [1, 2, 3, 4, 5].map((depth) => ({
    files: [`src/${folder}/${'*/'.repeat(depth - 1)}*.{ts,tsx}`],
    // Tests and test harnesses may start the emulator in-process; product code may not.
    ignores: ['**/*.test.ts', '**/*.test.tsx', '**/testing/**'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            {
              regex: `^(\\.\\./){${depth}}(${forbidden.join('|')})(/|$)`,
              message: `src/${folder} may not import src/${forbidden.join(' or src/')}: share code through src/shared.`,
            },
          ],
        },
      ],
    },
  }));

export default tseslint.config(
  {
    ignores: [
      'dist',
      'data',
      'node_modules',
      'test-results',
      'playwright-report',
      'bench/floor-app/dist',
    ],
  },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    plugins: { 'simple-import-sort': simpleImportSort },
    rules: {
      '@typescript-eslint/no-unused-vars': [
        'error',
        { argsIgnorePattern: '^_', varsIgnorePattern: '^_' },
      ],
      '@typescript-eslint/consistent-type-imports': ['error', { fixStyle: 'inline-type-imports' }],
      'simple-import-sort/imports': [
        'error',
        { groups: [['^\\u0000'], ['^node:'], ['^@?\\w'], ['^\\.']] },
      ],
      'simple-import-sort/exports': 'error',
    },
  },
  ...zone('app', ['bff', 'emulator']),
  ...zone('bff', ['app', 'emulator']),
  ...zone('emulator', ['app', 'bff']),
  ...zone('shared', ['app', 'bff', 'emulator']),
  {
    files: ['src/app/**/*.{ts,tsx}'],
    languageOptions: { globals: globals.browser },
    plugins: { 'react-hooks': reactHooks, 'jsx-a11y': jsxA11y },
    rules: {
      ...reactHooks.configs.recommended.rules,
      ...jsxA11y.flatConfigs.recommended.rules,
    },
  },
  {
    files: ['src/bff/**', 'src/emulator/**', 'scripts/**', 'e2e/**', 'bench/**', '*.config.*'],
    languageOptions: { globals: globals.node },
  },
  {
    // Playwright fixtures take `{}` when they use no other fixture.
    files: ['e2e/**'],
    rules: { 'no-empty-pattern': 'off' },
  },
);
