// The locale files for script tags and CDNs, one pair per language in src/locales/:
//   dist/locales/<tag>.js       ES module  <script type="module" src=".../locales/de.js">
//   dist/locales/<tag>.iife.js  classic    <script src=".../locales/de.iife.js">
// Each holds its strings and a tiny copy of `setStrings` and the registry. The registry lives at
// `globalThis[Symbol.for('auth-elements')]`, so the strings reach the elements of
// dist/auth-elements.js (or of an npm build) on the same page, loaded before or after them.
// Run after `vite build` (which writes dist/auth-elements*.js); it only adds dist/locales/.
import { readFileSync, writeFileSync } from 'node:fs';
import { buildLib, entryNames } from './build-lib.mjs';

const tags = entryNames('src/locales');

for (const tag of tags) {
  await buildLib(
    'dist/locales',
    {
      entry: `src/locales/${tag}.ts`,
      // Required for the IIFE format; the modules export nothing, so no global is created.
      name: 'AuthElementsLocale',
      formats: ['es', 'iife'],
      fileName: format => (format === 'es' ? `${tag}.js` : `${tag}.iife.js`),
    },
    { minify: true, comments: { annotation: false } },
  );
  // A classic script is decoded in the page's encoding (not always UTF-8, unlike a module script):
  // keep it ASCII. Non-ASCII characters occur only inside the string literals.
  const iife = new URL(`../dist/locales/${tag}.iife.js`, import.meta.url);
  writeFileSync(
    iife,
    readFileSync(iife, 'utf8').replace(/[^\0-\x7f]/g, c => `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`),
  );
}
console.log(`dist/locales: ${tags.join(', ')} (.js and .iife.js)`);
