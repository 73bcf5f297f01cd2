import js from '@eslint/js';
import { createTypeScriptImportResolver } from 'eslint-import-resolver-typescript';
import importX from 'eslint-plugin-import-x';
import jsxA11y from 'eslint-plugin-jsx-a11y';
import reactHooks from 'eslint-plugin-react-hooks';
import globals from 'globals';
import tseslint from 'typescript-eslint';

export default tseslint.config(
  { ignores: ['dist', 'data', 'node_modules', 'test-results', 'playwright-report', 'bench/floor-app/dist'] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    plugins: { 'import-x': importX },
    settings: {
      'import-x/resolver-next': [
        createTypeScriptImportResolver({
          project: ['tsconfig.app.json', 'tsconfig.node.json'],
          noWarnOnMultipleProjects: true,
        }),
      ],
    },
    rules: {
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
      '@typescript-eslint/consistent-type-imports': ['error', { fixStyle: 'inline-type-imports' }],
      'import-x/no-cycle': 'error',
      'import-x/order': [
        'error',
        {
          groups: ['builtin', 'external', 'internal', ['parent', 'sibling', 'index']],
          'newlines-between': 'always',
          alphabetize: { order: 'asc', caseInsensitive: true },
        },
      ],
    },
  },
  {
    // Tests and test harnesses may start the emulator in-process; product code may not.
    ignores: ['**/*.test.ts', '**/*.test.tsx', '**/testing/**'],
    plugins: { 'import-x': importX },
    rules: {
        // The three roots talk through src/shared only.
      'import-x/no-restricted-paths': [
        'error',
        {
          zones: [
            { target: './src/app', from: ['./src/bff', './src/emulator'] },
            { target: './src/bff', from: ['./src/app', './src/emulator'] },
            { target: './src/emulator', from: ['./src/app', './src/bff'] },
            { target: './src/shared', from: ['./src/app', './src/bff', './src/emulator'] },
          ],
        },
      ],
    },
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
    files: ['src/bff/**', 'src/emulator/**', 'scripts/**', 'e2e/**', 'bench/**', '*.config.*'],
    languageOptions: { globals: globals.node },
  },
  {
    // Playwright fixtures take `{}` when they use no other fixture.
    files: ['e2e/**'],
    rules: { 'no-empty-pattern': 'off' },
  },
);
