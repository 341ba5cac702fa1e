// Builds the Svelte 5 app to dist/ with relative asset URLs. `auth-elements` resolves to the repository's
// npm build (dist/npm), so the app runs the package as published, with the root's single Lit copy.
import { fileURLToPath } from 'node:url';
import { defineConfig } from 'vite';
import { svelte } from '@sveltejs/vite-plugin-svelte';

const npmBuild = fileURLToPath(new URL('../../../dist/npm/', import.meta.url));

export default defineConfig({
  base: './',
  logLevel: 'warn',
  plugins: [svelte()],
  resolve: {
    alias: [
      { find: /^auth-elements$/, replacement: `${npmBuild}index.js` },
      { find: /^auth-elements\/(.+)$/, replacement: `${npmBuild}$1.js` },
    ],
  },
});
