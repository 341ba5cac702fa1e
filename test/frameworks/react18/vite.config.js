import { defineConfig } from 'vite';
import { packageAliases } from '../common/package-alias.js';

// React's development build, so its warnings reach the console the test watches.
process.env.NODE_ENV = 'development';

export default defineConfig({
  base: './',
  logLevel: 'warn',
  // `auth-elements/react` imports `react` from the repository root's node_modules: use the app's.
  resolve: { alias: packageAliases(), dedupe: ['react', 'react-dom'] },
  build: { minify: false },
});
