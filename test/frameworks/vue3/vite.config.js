// Builds the Vue 3 app to dist/ with relative asset URLs. `auth-elements` resolves to the repository's
// npm build (dist/npm), so the app runs the package as published, with the root's single Lit copy.
import { fileURLToPath } from 'node:url';
import { defineConfig } from 'vite';
import vue from '@vitejs/plugin-vue';

const npmBuild = fileURLToPath(new URL('../../../dist/npm/', import.meta.url));

export default defineConfig({
  base: './',
  logLevel: 'warn',
  plugins: [
    vue({
      template: { compilerOptions: { isCustomElement: tag => tag.startsWith('auth-') } },
    }),
  ],
  resolve: {
    alias: [
      { find: /^auth-elements$/, replacement: `${npmBuild}index.js` },
      { find: /^auth-elements\/(.+)$/, replacement: `${npmBuild}$1.js` },
    ],
  },
});
