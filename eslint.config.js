import js from '@eslint/js';
import tseslint from 'typescript-eslint';
import { configs as litConfigs } from 'eslint-plugin-lit';
import { configs as wcConfigs } from 'eslint-plugin-wc';
import globals from 'globals';

export default tseslint.config(
  {
    ignores: [
      'dist/',
      'coverage/',
      'node_modules/',
      '.scratch/',
      'test/frameworks/*/node_modules/',
      'test/frameworks/*/dist/',
      // The server-rendered apps' install and build output.
      'test/frameworks/ssr/node_modules/',
      'test/frameworks/ssr/next/.next/',
      'test/frameworks/ssr/next/next-env.d.ts',
      'test/frameworks/ssr/react-router/build/',
      'test/frameworks/ssr/react-router/.react-router/',
      'test/frameworks/ssr/nuxt/.nuxt/',
      'test/frameworks/ssr/nuxt/.output/',
      'test/frameworks/ssr/sveltekit/.svelte-kit/',
      'test/frameworks/ssr/sveltekit/build/',
      'test/frameworks/ssr/astro/.astro/',
      'test/frameworks/ssr/astro/dist/',
      'bench/node_modules/',
    ],
  },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    files: ['src/**/*.ts', 'test/**/*.ts'],
    ...litConfigs['flat/recommended'],
  },
  {
    files: ['src/**/*.ts'],
    ...wcConfigs['flat/recommended'],
  },
  {
    files: ['src/**/*.ts', 'test/**/*.ts'],
    languageOptions: { globals: { ...globals.browser } },
    rules: {
      '@typescript-eslint/consistent-type-imports': 'error',
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_' }],
    },
  },
  {
    files: ['**/*.mjs', '**/*.js', 'scripts/**', 'server/**', 'bench/**'],
    languageOptions: { globals: { ...globals.node } },
  },
  {
    // The framework apps' page code runs in the browser.
    files: ['test/frameworks/*/src/**', 'test/frameworks/ssr/*/{app,src}/**', 'test/frameworks/ssr/common/**'],
    languageOptions: { globals: { ...globals.browser } },
  },
  {
    // Node tests that drive a browser: their page.evaluate callbacks run in the page.
    files: [
      'test/node/bundles.test.mjs',
      'test/node/demo.test.mjs',
      'test/node/frameworks.test.mjs',
      'test/node/frameworks-ssr.test.mjs',
      'test/e2e/**/*.mjs',
    ],
    languageOptions: { globals: { ...globals.browser, ...globals.node } },
  },
  {
    files: ['test/**/*.ts'],
    rules: { '@typescript-eslint/no-non-null-assertion': 'off', '@typescript-eslint/no-unused-expressions': 'off' },
  },
);
