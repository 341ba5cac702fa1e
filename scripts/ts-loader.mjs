// `node --import ./scripts/ts-loader.mjs`: runs TypeScript (the sources and test/unit/) in Node,
// for the unit tests. Each .ts file is transpiled on load by esbuild (types are checked by tsc,
// not here); a relative `./x.js` import finds `./x.ts`, as bundlers resolve it.
import { register } from 'node:module';

register('./ts-hooks.mjs', import.meta.url);
