// The adapters for classic scripts, one file per adapter in src/adapters/iife/:
//   dist/adapters/<name>.iife.js   <script src=".../adapters/clerk.iife.js">
// Each adds its factory to `window.AuthElements.adapters` (extending what is there) and holds no
// element: its mount functions call the elements bundle (dist/auth-elements.iife.js) at call
// time. Run after `vite build`; it only adds dist/adapters/.
import { readdirSync } from 'node:fs';
import { build } from 'vite';

const names = readdirSync(new URL('../src/adapters/iife/', import.meta.url))
  .filter(file => file.endsWith('.ts'))
  .map(file => file.slice(0, -3))
  .sort();

for (const name of names) {
  await build({
    configFile: false,
    logLevel: 'warn',
    build: {
      outDir: 'dist/adapters',
      emptyOutDir: false,
      target: 'es2022',
      minify: 'oxc',
      sourcemap: false,
      copyPublicDir: false,
      lib: {
        entry: `src/adapters/iife/${name}.ts`,
        name: 'AuthElements.adapters',
        formats: ['iife'],
        fileName: () => `${name}.iife.js`,
      },
      rolldownOptions: {
        output: {
          extend: true,
          minify: { compress: true, mangle: true, codegen: { asciiOnly: true } },
          comments: { annotation: false },
        },
      },
    },
  });
}
console.log(`dist/adapters: ${names.map(name => `${name}.iife.js`).join(', ')}`);
