// Bundler aliases that resolve `auth-elements` and its subpaths to this repository's npm build
// (dist/npm), the files an installed copy would use, without installing the package into the
// app. Read from the `exports` of the root package.json, so a new entry needs no change here.
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

const root = new URL('../../../', import.meta.url);
const escape = text => text.replace(/[.*+?^${}()|[\]\\/]/g, '\\$&');

/** @returns {{ find: RegExp, replacement: string }[]} exact-match aliases, for vite's `resolve.alias` */
export function packageAliases() {
  const pkg = JSON.parse(readFileSync(new URL('package.json', root), 'utf8'));
  return Object.entries(pkg.exports).map(([key, target]) => {
    const file = fileURLToPath(new URL(typeof target == 'string' ? target : target.default, root));
    const [before, after] = (key == '.' ? pkg.name : pkg.name + key.slice(1)).split('*');
    return after == null
      ? { find: new RegExp(`^${escape(before)}$`), replacement: file }
      : { find: new RegExp(`^${escape(before)}(.+)${escape(after)}$`), replacement: file.replace('*', '$1') };
  });
}
