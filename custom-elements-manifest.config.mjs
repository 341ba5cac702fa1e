// `npm run analyze` (part of `npm run build`): custom-elements.json from the TypeScript sources
// of the npm build (the files of tsconfig.build.json), with paths rewritten to dist/npm.
import { authElementsPlugin } from './scripts/cem-plugin.mjs';

export default {
  globs: ['src/**/*.ts'],
  // src/generated/ is made from the manifest: never an input of it.
  exclude: ['src/cdn.ts', 'src/adapters/iife/**', 'src/generated/**', 'src/size/**'],
  outdir: '.',
  litelement: true,
  packagejson: false,
  plugins: [authElementsPlugin()],
};
