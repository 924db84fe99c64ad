import js from '@eslint/js';
import tseslint from 'typescript-eslint';
import globals from 'globals';

export default tseslint.config(
  { ignores: ['out/**', 'dist/**', 'node_modules/**', 'test-results/**', 'playwright-report/**'] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    languageOptions: { globals: { ...globals.node, ...globals.browser } },
    rules: {
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
    },
  },
  {
    // shared/ is pure: it runs in the hub, the desktop core and every screen. Only shared/ui/ renders.
    files: ['shared/**/*.{ts,tsx}'],
    ignores: ['shared/ui/**'],
    rules: {
      'no-restricted-imports': [
        'error',
        { patterns: ['node:*', 'electron', 'react', 'react-*', 'react/*', 'better-sqlite3', 'dompurify', 'qrcode', '**/ui/*', '*.css'] },
      ],
      'no-restricted-globals': ['error', 'window', 'document', 'navigator', 'localStorage', 'HTMLElement', 'Element', 'matchMedia'],
    },
  },
  {
    // shared/ui/ holds the worker-facing React parts that the kiosk, the phone app and the console's
    // preview all render: data comes in as props, so no transport, no store, no console kit.
    files: ['shared/ui/**/*.{ts,tsx}'],
    rules: {
      'no-restricted-imports': [
        'error',
        { patterns: ['node:*', 'electron', 'better-sqlite3', '@trpc/*', '@tanstack/*', '@mui/*', '@emotion/*', '**/kiosk/**', '**/renderer/**', '**/main/**'] },
      ],
    },
  },
  {
    // The desktop core and the hub must load in plain Node: Electron stays in main/electron/.
    files: ['main/hub/**/*.ts', 'main/core/**/*.ts'],
    rules: { 'no-restricted-imports': ['error', { paths: ['electron'] }] },
  },
  {
    // Tenant scoping lives in data/scope.ts: routers reach data only through the views it hands out.
    // (Last, so it is not overridden by the block above.)
    files: ['main/hub/routers/**/*.ts'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          paths: ['electron'],
          patterns: [
            { group: ['../data/*', '!../data/scope', '!../data/change-log'], message: 'Use the scoped views from data/scope.ts' },
            { group: ['../db/*', 'better-sqlite3'], message: 'Routers never touch the database' },
          ],
        },
      ],
    },
  },
);
