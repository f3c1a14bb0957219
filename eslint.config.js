// Lint rules, including the architectural boundaries: domain stays pure, only src/db touches Dexie.
import js from '@eslint/js';
import reactHooks from 'eslint-plugin-react-hooks';
import globals from 'globals';
import tseslint from 'typescript-eslint';

const uiStorageIo = ['react', 'react-dom', 'react-dom/*', 'dexie', 'dexie-*', 'survey-core', 'survey-core/*', 'survey-react-ui', 'papaparse'];

export default tseslint.config(
  { ignores: ['dist', 'dist-*', 'node_modules', 'test/.artifacts'] },
  js.configs.recommended,
  ...tseslint.configs.strict,
  {
    languageOptions: { globals: { ...globals.browser, ...globals.node } },
    plugins: { 'react-hooks': reactHooks },
    rules: {
      ...reactHooks.configs.recommended.rules,
      // The React Compiler is not used, so its compatibility warnings do not apply.
      'react-hooks/incompatible-library': 'off',
      '@typescript-eslint/no-explicit-any': 'error',
      '@typescript-eslint/consistent-type-assertions': ['error', { assertionStyle: 'never' }],
      '@typescript-eslint/no-non-null-assertion': 'error',
      'no-restricted-syntax': ['error', { selector: 'ExportDefaultDeclaration', message: 'Use named exports.' }],
    },
  },
  {
    files: ['src/**'],
    ignores: ['src/db/**'],
    rules: {
      'no-restricted-imports': ['error', {
        patterns: [{ group: ['dexie', 'dexie-*'], message: 'Only src/db touches Dexie.' }],
      }],
    },
  },
  {
    // After the src/** block: for domain files this rule replaces that one.
    files: ['src/domain/**'],
    rules: {
      'no-restricted-imports': ['error', {
        patterns: [
          { group: uiStorageIo, message: 'src/domain is pure TypeScript: no React, Dexie, SurveyJS or papaparse.' },
          { group: ['**/db/**', '**/survey/**', '**/io/**', '**/features/**', '**/app/**'], message: 'src/domain depends on nothing else in src.' },
        ],
      }],
    },
  },
  {
    // Config files and tests may default-export (tool conventions) and use test doubles.
    files: ['vite.config.ts', 'eslint.config.js', 'test/**'],
    rules: { 'no-restricted-syntax': 'off' },
  },
);
