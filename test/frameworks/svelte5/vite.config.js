// Builds the Svelte 5 app to dist/ with relative asset URLs. `auth-elements` resolves to the repository's
// npm build (dist/npm), so the app runs the package as published, with the root's single Lit copy.
import { defineConfig } from 'vite';
import { packageAliases } from '../common/package-alias.js';
import { svelte } from '@sveltejs/vite-plugin-svelte';

export default defineConfig({
  base: './',
  logLevel: 'warn',
  plugins: [svelte()],
  // Every entry of the root package.json's `exports`, as an installed copy resolves it.
  resolve: { alias: packageAliases() },
});
