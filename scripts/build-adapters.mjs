// The adapters for classic scripts, one file per adapter in src/adapters/iife/:
//   dist/adapters/<name>.iife.js   <script src=".../adapters/clerk.iife.js">
// Each adds its factory to `window.AuthElements.adapters` (extending what is there) and holds no
// element: its mount functions call the elements bundle (dist/auth-elements.iife.js) at call
// time. Run after `vite build`; it only adds dist/adapters/.
import { buildLib, entryNames } from './build-lib.mjs';

const names = entryNames('src/adapters/iife');

for (const name of names) {
  await buildLib(
    'dist/adapters',
    {
      entry: `src/adapters/iife/${name}.ts`,
      name: 'AuthElements.adapters',
      formats: ['iife'],
      fileName: () => `${name}.iife.js`,
    },
    {
      extend: true,
      minify: { compress: true, mangle: true, codegen: { asciiOnly: true } },
      comments: { annotation: false },
    },
  );
}
console.log(`dist/adapters: ${names.map(name => `${name}.iife.js`).join(', ')}`);
