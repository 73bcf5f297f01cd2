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

/**
 * Words on screen go through the i18n catalogs (src/app/i18n): no raw English in JSX text, in the
 * attributes people read or hear, or in string literals placed in JSX. Areas join this list as
 * they are translated; in the end it covers all of src/app.
 */
const translated = [
  'src/app/app.tsx',
  'src/app/routes/login.tsx',
  'src/app/routes/not-found.tsx',
  'src/app/components/**/*.tsx',
  'src/app/features/auth/**/*.tsx',
  'src/app/features/kiosk/**/*.tsx',
  'src/app/routes/kiosk.tsx',
  'src/app/i18n/**/*.tsx',
  'src/app/routes/products.tsx',
  'src/app/routes/ota-modules.tsx',
  'src/app/features/products/**/*.tsx',
  'src/app/features/ota-modules/**/*.tsx',
  'src/app/routes/upgrade-tasks.tsx',
  'src/app/features/upgrade-tasks/components/cancel-*.tsx',
  'src/app/features/upgrade-tasks/components/task-status-badge.tsx',
];
const readAttributes = 'label|title|placeholder|description|aria-label|alt|error|loaderProps';
const rawText =
  'must come from the i18n catalog: i18n._({ id, message }) (see README, "Words on screen")';

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
    files: translated,
    ignores: ['**/*.test.tsx', '**/testing/**'],
    rules: {
      'no-restricted-syntax': [
        'error',
        { selector: 'JSXText[value=/[A-Za-z]/]', message: `Text in JSX ${rawText}` },
        {
          selector: `JSXAttribute[name.name=/^(${readAttributes})$/] > Literal[value=/[A-Za-z]/]`,
          message: `A label, title or description ${rawText}`,
        },
        {
          selector: `JSXAttribute[name.name=/^(${readAttributes})$/] > JSXExpressionContainer > :matches(Literal[value=/[A-Za-z]/], TemplateLiteral:has(TemplateElement[value.raw=/[A-Za-z]/]))`,
          message: `A label, title or description ${rawText}`,
        },
        {
          selector: `:matches(JSXElement, JSXFragment) > JSXExpressionContainer > :matches(Literal[value=/[A-Za-z]/], TemplateLiteral:has(TemplateElement[value.raw=/[A-Za-z]/]))`,
          message: `A string shown in JSX ${rawText}`,
        },
      ],
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
