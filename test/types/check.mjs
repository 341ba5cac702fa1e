// The type tests: `node check.mjs` (after `npm ci` here and `npm run build` in the package).
// It puts the package's declarations into node_modules/auth-elements (package.json and
// dist/npm/**/*.d.ts, copied from the root, as an install of the package would), then checks
// the sample files with tsc (DOM, React, Preact 11, Solid, Vue render functions), tsc against
// Preact 10, and vue-tsc (a Vue single-file component's template).
import { spawnSync } from 'node:child_process';
import { copyFileSync, existsSync, mkdirSync, readdirSync, rmSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const here = fileURLToPath(new URL('.', import.meta.url));
const root = join(here, '../..');

/** The compiler runs: [binary in node_modules/.bin's package, tsconfig]. */
export const projects = [
  ['typescript/bin/tsc', 'tsconfig.json'],
  ['typescript/bin/tsc', 'tsconfig.preact-10.json'],
  ['vue-tsc/bin/vue-tsc.js', 'tsconfig.vue.json'],
];

/** Copies the built package's declarations to node_modules/auth-elements. */
export function installPackage() {
  const dist = join(root, 'dist/npm');
  if (!existsSync(join(dist, 'index.d.ts'))) throw new Error(`${dist} has no declarations: run npm run build first`);
  const target = join(here, 'node_modules/auth-elements');
  rmSync(target, { recursive: true, force: true });
  mkdirSync(target, { recursive: true });
  copyFileSync(join(root, 'package.json'), join(target, 'package.json'));
  for (const file of readdirSync(dist, { recursive: true })) {
    if (!String(file).endsWith('.d.ts')) continue;
    mkdirSync(dirname(join(target, 'dist/npm', file)), { recursive: true });
    copyFileSync(join(dist, file), join(target, 'dist/npm', file));
  }
}

/** Runs one compiler over one project (a tsconfig path relative to this folder). */
export function compile(bin, project) {
  const result = spawnSync(process.execPath, [join(here, 'node_modules', bin), '-p', project, '--pretty', 'false'], {
    cwd: here,
    encoding: 'utf8',
  });
  return { status: result.status, output: `${result.stdout}${result.stderr}`.trim() };
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  installPackage();
  let failed = false;
  for (const [bin, project] of projects) {
    const { status, output } = compile(bin, project);
    console.log(
      `${bin.split('/').at(-1)} -p ${project}: ${status === 0 ? 'ok' : 'FAILED'}${output ? `\n${output}` : ''}`,
    );
    failed ||= status !== 0;
  }
  process.exitCode = failed ? 1 : 0;
}
