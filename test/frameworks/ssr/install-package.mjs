// Puts this repository's npm build into node_modules/auth-elements as `npm install auth-elements`
// would: its package.json and dist/npm, copied (not linked), so that every bundler and server
// resolves `auth-elements/*` and the package's own imports (Lit, React) from this install alone.
// `npm run build` at the repository root comes first.
import { cpSync, existsSync, mkdirSync, rmSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

const root = new URL('../../../', import.meta.url);
const target = new URL('node_modules/auth-elements/', import.meta.url);

export function installPackage() {
  const dist = fileURLToPath(new URL('dist/npm/', root));
  if (!existsSync(`${dist}index.js`)) throw new Error(`${dist} has no build: run npm run build first`);
  rmSync(target, { recursive: true, force: true });
  mkdirSync(new URL('dist/', target), { recursive: true });
  cpSync(new URL('package.json', root), new URL('package.json', target));
  cpSync(dist, fileURLToPath(new URL('dist/npm/', target)), { recursive: true });
}

if (process.argv[1] === fileURLToPath(import.meta.url)) installPackage();
