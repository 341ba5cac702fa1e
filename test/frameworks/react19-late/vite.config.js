import { defineConfig } from 'vite';
import { packageAliases } from '../common/package-alias.js';

// React's development build, so its warnings reach the console the test watches.
process.env.NODE_ENV = 'development';

export default defineConfig({
  base: './',
  logLevel: 'warn',
  resolve: { alias: packageAliases() },
  build: { minify: false },
});
