// What the small script-tag builds share (scripts/build-locales.mjs, scripts/build-adapters.mjs):
// the entry names of a source folder, and one vite library build of an entry, without the
// project's config (no demo plugins), minified, added to an output folder.
import { readdirSync } from 'node:fs';
import { build } from 'vite';

/** The names of the `.ts` files of `dir` (relative to the project), sorted, without the extension. */
export const entryNames = dir =>
  readdirSync(new URL(`../${dir}/`, import.meta.url))
    .filter(file => file.endsWith('.ts'))
    .map(file => file.slice(0, -3))
    .sort();

/** Builds `lib` into `outDir` (kept: files are added), with these rolldown `output` options. */
export const buildLib = (outDir, lib, output) =>
  build({
    configFile: false,
    logLevel: 'warn',
    build: {
      outDir,
      emptyOutDir: false,
      target: 'es2022',
      minify: 'oxc',
      sourcemap: false,
      copyPublicDir: false,
      lib,
      rolldownOptions: { output },
    },
  });
