// Bundles ngc's output (dist/.ngc/) into dist/main.js with esbuild, then removes it. Angular's npm packages ship partially compiled
// declarations; the Angular linker (a Babel plugin) completes them at build time, as the Angular CLI does,
// so the page needs no JIT compiler. `auth-elements` resolves through the `paths` in tsconfig.json.
import { copyFile, readFile, rm } from 'node:fs/promises';
import { transformAsync } from '@babel/core';
import { needsLinking } from '@angular/compiler-cli/linker';
import angularLinker from '@angular/compiler-cli/linker/babel';
import { build } from 'esbuild';

/** @type {import('esbuild').Plugin} */
const linker = {
  name: 'angular-linker',
  setup(build) {
    build.onLoad({ filter: /[\\/]node_modules[\\/]@angular[\\/].+\.m?js$/ }, async ({ path }) => {
      const source = await readFile(path, 'utf8');
      if (!needsLinking(path, source)) return { contents: source, loader: 'js' };
      const result = await transformAsync(source, {
        filename: path,
        babelrc: false,
        configFile: false,
        compact: false,
        plugins: [[angularLinker, { linkerJitMode: false, sourceMapping: false }]],
      });
      return { contents: result?.code ?? source, loader: 'js' };
    });
  },
};

await build({
  entryPoints: ['dist/.ngc/angular21/src/main.js'],
  outfile: 'dist/main.js',
  bundle: true,
  format: 'esm',
  target: 'es2022',
  minify: true,
  tsconfig: 'tsconfig.json',
  // Production mode, as `ng build` compiles it.
  define: { ngDevMode: 'false', ngJitMode: 'false', ngI18nClosureMode: 'false' },
  plugins: [linker],
  logLevel: 'warning',
});
await copyFile('index.html', 'dist/index.html');
await rm('dist/.ngc', { recursive: true, force: true });
