import { defineConfig } from 'vite';
import { minifyTemplates } from './scripts/minify-templates.mjs';

// `vite` serves the demo (index.html and demo/). `vite build` writes the self-contained bundles
// (Lit inside, production build, minified) for script tags and CDNs:
//   dist/auth-elements.js       ES module  <script type="module" src=".../auth-elements.js">
//   dist/auth-elements.iife.js  classic    <script src=".../auth-elements.iife.js">, window.AuthElements
// The npm build (lit external, one file per module, .d.ts) is `tsc -p tsconfig.build.json`.
export default defineConfig({
  plugins: [minifyTemplates()],
  server: {
    host: '127.0.0.1',
    // Test apps, benchmarks and the demo database are not part of the demo site.
    watch: { ignored: ['**/.data/**', '**/test/**', '**/bench/**', '**/.scratch/**'] },
  },
  // Only the demo pages are entries; the provider clients are pre-bundled up front so the first
  // visit does not reload the page.
  optimizeDeps: {
    entries: ['index.html', 'demo/*.html'],
    include: ['better-auth/client', 'better-auth/client/plugins', 'oidc-client-ts'],
  },
  build: {
    outDir: 'dist',
    emptyOutDir: false,
    target: 'es2022',
    minify: 'oxc',
    sourcemap: true,
    lib: {
      entry: 'src/cdn.ts',
      name: 'AuthElements',
      formats: ['es', 'iife'],
      fileName: format => (format === 'es' ? 'auth-elements.js' : 'auth-elements.iife.js'),
    },
    // Library mode keeps the ES output readable for consumers' bundlers; these files are final
    // artifacts for script tags, so minify them fully.
    rolldownOptions: {
      // ASCII only: a classic script is decoded in the page's encoding, which may not be UTF-8.
      output: {
        minify: { compress: true, mangle: true, codegen: { asciiOnly: true } },
        comments: { annotation: false },
      },
    },
  },
});
