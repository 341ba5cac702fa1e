// Builds the Vue 3 app to dist/ with relative asset URLs. `auth-elements` resolves to the repository's
// npm build (dist/npm), so the app runs the package as published, with the root's single Lit copy.
import { defineConfig } from 'vite';
import { packageAliases } from '../common/package-alias.js';
import vue from '@vitejs/plugin-vue';

export default defineConfig({
  base: './',
  logLevel: 'warn',
  plugins: [
    vue({
      template: { compilerOptions: { isCustomElement: tag => tag.startsWith('auth-') } },
    }),
  ],
  // Every entry of the root package.json's `exports`, as an installed copy resolves it.
  resolve: { alias: packageAliases() },
});
