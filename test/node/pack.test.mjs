// What `npm pack` would publish (docs/contract.md, Entry points): only the builds, the manifest and the docs (no tests,
// no TypeScript sources, no demo, server, coverage or scratch files); every `exports` target with
// its types; no source map that points at a file the package lacks; custom-elements.json and the
// editor data generated from it.
// Reads `npm pack --dry-run --json --ignore-scripts` (the build is not re-run here: `npm test` has
// just built, and `prepack` builds before a real pack), so `npm run build` comes first.
import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { posix } from 'node:path';
import { fileURLToPath } from 'node:url';
import { test } from 'node:test';
import assert from 'node:assert/strict';

const root = fileURLToPath(new URL('../..', import.meta.url));
const [pack] = JSON.parse(
  execFileSync('npm', ['pack', '--dry-run', '--json', '--ignore-scripts'], {
    cwd: root,
    encoding: 'utf8',
    stdio: ['ignore', 'pipe', 'ignore'],
  }),
);
const files = new Set(pack.files.map(f => f.path));
const read = path => readFileSync(posix.join(root, path), 'utf8');
const pkg = JSON.parse(read('package.json'));
/** `./dist/x.js` → `dist/x.js` */
const bare = target => posix.normalize(target.replace(/^\.\//, ''));
const escape = text => text.replace(/[.*+?^${}()|[\]\\/]/g, '\\$&');
/** The packed files a target matches: itself, or every match of a `*` pattern. */
function matches(target) {
  const path = bare(target);
  if (!path.includes('*')) return files.has(path) ? [path] : [];
  const pattern = new RegExp(`^${path.split('*').map(escape).join('(.+)')}$`);
  return [...files].filter(file => pattern.test(file));
}

test('npm pack lists the package', () => {
  assert.equal(pack.name, pkg.name);
  for (const file of [
    'package.json',
    'README.md',
    'dist/npm/index.js',
    'dist/auth-elements.js',
    'vscode.html-custom-data.json',
    'web-types.json',
  ]) {
    assert.ok(files.has(file), `${file} is not packed: run npm run build`);
  }
});

test('only builds, the manifest and docs: no tests, TypeScript sources, demo, server, coverage or scratch', () => {
  const top =
    /^(package\.json|README\.md|CHANGELOG\.md|LICEN[CS]E(\.md)?|custom-elements\.json|vscode\.html-custom-data\.json|web-types\.json)$/;
  const wrong = [...files].filter(
    file =>
      !(file.startsWith('dist/') || top.test(file)) ||
      /(^|\/)(test|tests|__tests__|e2e|demo|server|coverage|\.scratch|node_modules|src)\//.test(file) ||
      /\.(test|spec)\.[cm]?[jt]sx?(\.map)?$/.test(file) ||
      (/\.[cm]?tsx?$/.test(file) && !/\.d\.[cm]?ts$/.test(file)),
  );
  assert.deepEqual(wrong, [], `packed by mistake: ${wrong.join(', ')}`);
});

test('every exports entry is packed, types first and with a .d.ts for every module', () => {
  const problems = [];
  for (const [entry, value] of Object.entries(pkg.exports)) {
    if (typeof value === 'string') {
      if (!matches(value).length) problems.push(`${entry}: ${value} is not packed`);
      continue;
    }
    const conditions = Object.keys(value);
    if (conditions[0] !== 'types') problems.push(`${entry}: "types" is not the first condition`);
    for (const condition of ['types', 'default']) {
      if (typeof value[condition] !== 'string') problems.push(`${entry}: no "${condition}"`);
    }
    for (const [condition, target] of Object.entries(value)) {
      if (typeof target !== 'string') problems.push(`${entry}: nested condition ${condition} is not checked`);
      else if (!matches(target).length) problems.push(`${entry}: ${condition} ${target} matches nothing packed`);
    }
    // A pattern (`./locales/*`): each module it matches has its own declarations.
    if (value.default?.includes('*') && value.types?.includes('*')) {
      const [before, after] = bare(value.default).split('*');
      for (const file of matches(value.default)) {
        const name = file.slice(before.length, file.length - after.length);
        const types = bare(value.types).replace('*', name);
        if (!files.has(types)) problems.push(`${entry}: ${file} has no ${types}`);
      }
    }
  }
  for (const field of ['main', 'module', 'types', 'customElements', 'web-types']) {
    if (pkg[field] && !files.has(bare(pkg[field])))
      problems.push(`package.json "${field}": ${pkg[field]} is not packed`);
  }
  assert.deepEqual(problems, []);
});

test('no dangling source maps: every source is packed or inlined, every sourceMappingURL packed', () => {
  const maps = [...files].filter(file => file.endsWith('.map'));
  assert.ok(maps.some(m => m.startsWith('dist/npm/')) && maps.includes('dist/auth-elements.js.map'), 'maps expected');
  const dangling = [];
  for (const map of maps) {
    const { sources = [], sourcesContent = [], sourceRoot = '' } = JSON.parse(read(map));
    sources.forEach((source, i) => {
      const path = posix.normalize(posix.join(posix.dirname(map), sourceRoot, source));
      if (!files.has(path) && typeof sourcesContent[i] !== 'string') dangling.push(`${map} → ${source}`);
    });
  }
  for (const file of [...files].filter(f => /\.(m?js|d\.ts)$/.test(f))) {
    const url = read(file).match(/\/\/# sourceMappingURL=(\S+)\s*$/)?.[1];
    if (url && !url.startsWith('data:') && !files.has(posix.join(posix.dirname(file), url))) {
      dangling.push(`${file} → ${url}`);
    }
  }
  assert.deepEqual(dangling, [], `dangling: ${dangling.join(', ')}`);
});

test('custom-elements.json is packed and names only packed modules', () => {
  assert.ok(files.has('custom-elements.json'), 'custom-elements.json is not packed: run npm run build');
  const manifest = JSON.parse(read('custom-elements.json'));
  const missing = manifest.modules.map(m => m.path).filter(path => !files.has(path));
  assert.deepEqual(missing, [], `modules of the manifest not in the package: ${missing.join(', ')}`);
});

test('a real pack builds first, and the build writes the manifest', () => {
  assert.match(pkg.scripts.prepack ?? '', /\bnpm run build\b/);
  assert.match(pkg.scripts.build, /\bnpm run analyze\b/);
  assert.match(pkg.scripts.analyze, /\bcem analyze\b.*--litelement/);
});
