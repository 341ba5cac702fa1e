// `npm run size`: what users download, in bytes of the minified ES bundle at brotli quality 11.
// The bundles and their budgets are in scripts/size-budgets.json (adding an element or a bundle
// changes that file, not this script); the recorded figures of the ratchet are in
// scripts/size-record.json. Builds each entry in memory with the project's vite config and
// prints every module's share. The rules (budget, ratchet, CHANGELOG.md note): size-rules.mjs.
//
//   npm run size                  check: every budget, and no growth over 2 % of the record
//                                 unless CHANGELOG.md says why
//   npm run size -- --record      check, then write the measured figures to the record (refused
//                                 while a growth is not explained)
import { readFile, writeFile } from 'node:fs/promises';
import { relative, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { gzipSync } from 'node:zlib';
import { build } from 'vite';
import { advice, brotliSize, fails, judge, sizeNotes, suggestedNote } from './size-rules.mjs';

const projectRoot = fileURLToPath(new URL('..', import.meta.url));

/** The package a module id belongs to ("lit-html"), or null for the project's own files. */
function packageOf(id) {
  return id.replaceAll('\\', '/').match(/node_modules\/((?:@[^/]+\/)?[^/]+)\//)?.[1] ?? null;
}

/** A rolldown `external` test for the Lit packages of the budgets file (and their subpaths). */
const litExternal = names => id => names.some(name => id == name || id.startsWith(`${name}/`));

async function bundle(root, entry, external) {
  const [result] = [].concat(
    await build({
      root,
      logLevel: 'silent',
      build: {
        write: false,
        sourcemap: false,
        lib: { entry: resolve(root, entry), formats: ['es'], fileName: () => 'out.js' },
        rolldownOptions: external ? { external } : {},
      },
    }),
  );
  return result.output.find(chunk => chunk.type == 'chunk' && chunk.isEntry);
}

function moduleName(root, id) {
  // Helpers the bundler injects are virtual modules, their ids marked by a leading NUL.
  if (id.startsWith('\0')) return `${id.slice(1)} (injected)`;
  const path = relative(root, id).replaceAll('\\', '/');
  return path.match(/node_modules\/((?:@[^/]+\/)?[^/]+\/.*)/)?.[1] ?? path;
}

/** Each module's share of a chunk: [name, approximate brotli bytes, percent], largest first. */
function shares(root, chunk, br) {
  const modules = Object.entries(chunk.modules)
    .map(([id, m]) => [id, m.renderedLength])
    .filter(([, length]) => length > 0);
  const total = modules.reduce((sum, [, length]) => sum + length, 0);
  return modules
    .sort((a, b) => b[1] - a[1])
    .map(([id, length]) => [moduleName(root, id), Math.round((length / total) * br), (length / total) * 100, id]);
}

/**
 * Measures every bundle of the budgets file and judges it; with `record`, writes the figures when
 * nothing fails. Resolves to { verdicts, failed, recorded }.
 */
export async function main({
  root = projectRoot,
  budgetsFile = 'scripts/size-budgets.json',
  recordFile = 'scripts/size-record.json',
  changelogFile = 'CHANGELOG.md',
  record = false,
  log = console.log,
} = {}) {
  const config = JSON.parse(await readFile(resolve(root, budgetsFile), 'utf8'));
  const recorded = await readFile(resolve(root, recordFile), 'utf8').then(JSON.parse, error => {
    if (error.code == 'ENOENT') return {};
    throw new Error(`${recordFile}: ${error.message}`);
  });
  const changelog = await readFile(resolve(root, changelogFile), 'utf8').catch(() => '');
  const measured = new Map();
  const built = new Map();
  const printed = new Map();
  for (const { key, name, entry, lit } of config.bundles) {
    const id = `${entry}\n${lit ?? ''}`;
    if (!built.has(id)) built.set(id, await bundle(root, entry, lit == 'external' && litExternal(config.lit)));
    const chunk = built.get(id);
    const code = Buffer.from(chunk.code);
    const br = brotliSize(code);
    measured.set(key, br);
    log(`\n${key}: ${name}`);
    log(`  ${br} B brotli-11, ${gzipSync(code, { level: 9 }).length} B gzip-9, ${code.length} B minified (${entry})`);
    const modules = Object.keys(chunk.modules).sort().join('\n');
    if (printed.has(modules)) {
      log(`  the same modules as ${printed.get(modules)}`);
      continue;
    }
    printed.set(modules, key);
    const list = shares(root, chunk, br);
    const litModules = list.filter(([, , , moduleId]) => config.lit.includes(packageOf(moduleId)));
    if (litModules.length) {
      const litBytes = litModules.reduce((sum, [, bytes]) => sum + bytes, 0);
      log(`  Lit ~${litBytes} B, the rest ~${br - litBytes} B`);
    }
    for (const [module, bytes, percent] of list) {
      log(`  ${percent.toFixed(1).padStart(5)}%  ~${String(bytes).padStart(5)} B  ${module}`);
    }
  }

  const notes = sizeNotes(changelog);
  const check = figures =>
    judge({ bundles: config.bundles, measured, record: figures, notes, ratchet: config.ratchet });
  let verdicts = check(recorded);
  log('');
  for (const note of notes.filter(n => n.error)) {
    log(`note: ${changelogFile}: "${note.text}" is ignored: ${note.error}`);
  }
  let wrote = false;
  if (record) {
    // A budget is not the record's business; an unexplained growth is: recording it would
    // silence the ratchet.
    if (verdicts.some(v => v.ratchet == 'grew')) {
      log(`not recorded: ${recordFile} is unchanged while a growth is not explained (see below)\n`);
    } else {
      const figures = Object.fromEntries(config.bundles.map(({ key }) => [key, measured.get(key)]));
      await writeFile(resolve(root, recordFile), JSON.stringify(figures, null, 2) + '\n');
      wrote = true;
      verdicts = check(figures);
      log(`recorded in ${recordFile}: ${JSON.stringify(figures)}\n`);
    }
  }
  let passed = 0;
  let failed = 0;
  for (const v of verdicts) {
    // Two checks per bundle: its budget, and the ratchet.
    const ratchetFails = fails({ ...v, overBudget: false });
    passed += Number(!v.overBudget) + Number(!ratchetFails);
    failed += Number(v.overBudget) + Number(ratchetFails);
    const recordText = Number.isInteger(v.recorded) ? `recorded ${v.recorded}` : 'not recorded';
    const goalText = v.goal ? `, goal ${v.goal}` : '';
    log(`${fails(v) ? 'FAIL' : 'ok  '} ${v.key}: ${v.bytes} B (budget ${v.budget}${goalText}, ${recordText})`);
    for (const line of advice(v, { recordFile, changelogFile, ratchet: config.ratchet })) log(`     ${line}`);
  }
  const note = suggestedNote(verdicts);
  if (note) log(`\nThe changelog item that would explain every growth above (with the reason written in):\n${note}`);
  log(`\nsize: ${passed} passed, ${failed} failed`);
  return { verdicts, failed, recorded: wrote };
}

if (process.argv[1] && fileURLToPath(import.meta.url) == process.argv[1]) {
  const { failed } = await main({ record: process.argv.includes('--record') });
  process.exitCode = failed ? 1 : 0;
}
