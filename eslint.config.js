import { readFileSync } from 'node:fs';

import js from '@eslint/js';
import importPlugin from 'eslint-plugin-import';
import jsxA11y from 'eslint-plugin-jsx-a11y';
import reactHooks from 'eslint-plugin-react-hooks';
import simpleImportSort from 'eslint-plugin-simple-import-sort';
import globals from 'globals';
import tseslint from 'typescript-eslint';

const TESTS = ['**/*.test.ts', '**/*.test.tsx', '**/testing/**'];

/**
 * Boundary zones, checked on resolved paths (a longer `../../..` spelling cannot get past them):
 * the three roots talk through src/shared only, shared imports none of them, the app and the
 * contract never see the vendor's shapes (src/shared/cloud).
 */
const zones = [
  { target: './src/app', from: ['./src/bff', './src/emulator', './src/shared/cloud'] },
  { target: './src/bff', from: ['./src/app', './src/emulator'] },
  { target: './src/emulator', from: ['./src/app', './src/bff'] },
  { target: './src/shared', from: ['./src/app', './src/bff', './src/emulator'] },
  { target: './src/shared/contract', from: ['./src/shared/cloud'] },
].map((zone) => ({
  ...zone,
  message:
    'crosses a boundary: share code through src/shared (vendor shapes stay in the BFF and the emulator).',
}));

/**
 * Vendor (PascalCase) fields are read and written only in src/bff/cloud (and the emulator, and
 * shared/cloud): reading, destructuring or writing one elsewhere fails. The field names are those
 * that shared/cloud types, so a new vendor type is covered as soon as it is written.
 */
const vendorFields = [
  ...new Set(
    ['rpc.ts', 'actions.ts'].flatMap((file) =>
      [
        ...readFileSync(new URL(`./src/shared/cloud/${file}`, import.meta.url), 'utf8').matchAll(
          /^\s+([A-Z][A-Za-z0-9]*)\??:/gm,
        ),
      ].map((match) => match[1]),
    ),
  ),
];
const PASCAL = `/^(${vendorFields.join('|')})$/`;
const vendorFieldRule = [
  'error',
  {
    selector: `MemberExpression[computed=false] > Identifier.property[name=${PASCAL}]`,
    message:
      'A vendor (PascalCase) field is read only in src/bff/cloud: map it to the contract there.',
  },
  {
    selector: `MemberExpression[computed=true] > Literal.property[value=${PASCAL}]`,
    message:
      'A vendor (PascalCase) field is read only in src/bff/cloud: map it to the contract there.',
  },
  {
    selector: `ObjectPattern > Property[computed=false] > Identifier.key[name=${PASCAL}]`,
    message:
      'A vendor (PascalCase) field is read only in src/bff/cloud: map it to the contract there.',
  },
  {
    selector: `ObjectExpression > Property[computed=false] > Identifier.key[name=${PASCAL}]`,
    message:
      'A vendor (PascalCase) field is written only in src/bff/cloud: pass contract values to app.cloud.',
  },
];

/**
 * Words on screen go through the i18n catalogs (src/app/i18n): no raw English in JSX text, in the
 * attributes people read or hear, or in string literals placed in JSX. Areas join this list as
 * they are translated; in the end it covers all of src/app.
 */
const translated = ['src/app/**/*.tsx'];
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
      // Code that must fail lint: eslint-rules.test.ts lints it on purpose.
      'tests/fixtures/lint',
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
  {
    files: ['**/*.{ts,tsx,js}'],
    plugins: { import: importPlugin },
    settings: {
      'import/resolver': { node: { extensions: ['.ts', '.tsx', '.js', '.json'] } },
      'import/extensions': ['.ts', '.tsx', '.js'],
    },
    rules: {
      'import/no-cycle': ['error', { ignoreExternal: true }],
    },
  },
  {
    files: ['src/**/*.{ts,tsx}'],
    // Tests and test harnesses may start the emulator in-process; product code may not.
    ignores: TESTS,
    plugins: { import: importPlugin },
    rules: { 'import/no-restricted-paths': ['error', { zones }] },
  },
  {
    files: ['src/app/**/*.{ts,tsx}', 'src/bff/**/*.ts', 'src/shared/contract/**/*.ts'],
    ignores: ['src/bff/cloud/**', ...TESTS],
    rules: { 'no-restricted-syntax': vendorFieldRule },
  },
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
      // One no-restricted-syntax per file: these files keep the vendor field rule too.
      'no-restricted-syntax': [
        ...vendorFieldRule,
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
