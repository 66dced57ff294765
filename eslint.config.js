// Lint: typescript-eslint's recommended rules, plus the layering rules of docs/architecture:
// domain imports nothing of ours outside domain (and no node: modules); db never imports web; web reads
// and writes through app, never the repositories (a type from one is allowed: it is not a read).
import js from '@eslint/js';
import tseslint from 'typescript-eslint';

export default tseslint.config(
  { ignores: ['node_modules/', 'public/', 'data/', 'tmp/', 'bench/tmp/', 'coverage/'] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    languageOptions: { globals: { process: 'readonly', console: 'readonly', URL: 'readonly', setTimeout: 'readonly', clearTimeout: 'readonly', Buffer: 'readonly' } },
    rules: {
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_', destructuredArrayIgnorePattern: '^_' }],
      '@typescript-eslint/no-explicit-any': 'off',
      '@typescript-eslint/consistent-type-imports': 'error',
      // Accord refuses control characters in input on purpose.
      'no-control-regex': 'off',
    },
  },
  {
    files: ['src/domain/**/*.ts'],
    rules: {
      'no-restricted-imports': ['error', { patterns: [
        { group: ['node:*'], message: 'domain is pure: no I/O' },
        { group: ['../../app/*', '../../db/*', '../../web/*', '../../cli/*', '../app/*', '../db/*', '../web/*', '../cli/*', '../../config.ts', '../config.ts'], message: 'domain imports only domain' },
      ] }],
      'no-restricted-globals': ['error', { name: 'Date', message: 'domain is pure: pass the time in' }],
      'no-restricted-properties': ['error', { object: 'Math', property: 'random', message: 'domain is pure: no randomness' }],
    },
  },
  {
    files: ['src/db/**/*.ts'],
    rules: {
      'no-restricted-imports': ['error', { patterns: [{ group: ['**/web/**', '**/app/**', '**/cli/**'], message: 'db imports neither app, web nor cli' }] }],
    },
  },
  {
    files: ['src/app/**/*.ts'],
    rules: {
      'no-restricted-imports': ['error', { patterns: [{ group: ['**/web/**', '**/cli/**'], message: 'app never imports web or cli' }] }],
    },
  },
  {
    files: ['src/web/**/*.ts'],
    rules: {
      '@typescript-eslint/no-restricted-imports': ['error', { patterns: [
        { group: ['**/db/repositories/**'], allowTypeImports: true, message: 'web reads through src/app/queries and writes through src/app services' },
      ] }],
    },
  },
);
