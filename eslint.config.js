// One lint gate for every part; type-aware rules are left to `tsc --noEmit` to keep lint fast.
import js from '@eslint/js';
import tseslint from 'typescript-eslint';
import reactHooks from 'eslint-plugin-react-hooks';
import globals from 'globals';

/** Properties no file may use: `it.only`, `describe.only`, `test.only`. */
const RESTRICTED_EVERYWHERE = [{ property: 'only', message: 'No focused tests on main.' }];

export default tseslint.config(
  { ignores: ['dist/**', 'node_modules/**', 'test-results/**', '.bench/**'] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    languageOptions: { globals: { ...globals.browser, ...globals.node } },
    rules: {
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
      'no-restricted-properties': ['error', ...RESTRICTED_EVERYWHERE],
    },
  },
  {
    files: ['addin/**/*.tsx', 'extension/**/*.tsx'],
    plugins: { 'react-hooks': reactHooks },
    rules: { ...reactHooks.configs.recommended.rules },
  },
  {
    // The extension must never parse page text as HTML.
    files: ['extension/**/*.ts', 'extension/**/*.tsx'],
    rules: {
      // A rule's options in a later block replace the earlier ones: repeat the list that holds everywhere.
      'no-restricted-properties': [
        'error',
        ...RESTRICTED_EVERYWHERE,
        { property: 'innerHTML', message: 'Never parse page text as HTML: build nodes.' },
        { property: 'outerHTML', message: 'Never parse page text as HTML: build nodes.' },
        { property: 'insertAdjacentHTML', message: 'Never parse page text as HTML: build nodes.' },
      ],
    },
  },
  {
    // No function of shipped code over 150 lines: a long closure steered by flags becomes small parts.
    files: [
      'shared/**/*.ts',
      'cli/**/*.ts',
      'cli/**/*.mjs',
      'extension/**/*.ts',
      'addin/**/*.ts',
      'addin/**/*.tsx',
      'scripts/**/*.mjs',
    ],
    ignores: ['**/*.test.ts', '**/*.test.tsx', '**/*.testing.ts'],
    rules: { 'max-lines-per-function': ['error', { max: 150 }] },
  },
  {
    // Test helpers are named `NAME.testing.ts` and live beside what they help test; shipped code never imports one.
    files: ['**/*.ts', '**/*.tsx'],
    ignores: ['**/*.test.ts', '**/*.test.tsx', '**/*.testing.ts', 'test/**', 'bench/**'],
    rules: {
      'no-restricted-imports': [
        'error',
        { patterns: [{ group: ['**/*.testing'], message: 'Test helpers (*.testing.ts) are for tests only.' }] },
      ],
    },
  },
);
