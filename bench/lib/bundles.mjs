// What the benchmark loads and weighs: the project's bundles, builds of the peers made with the
// project's own vite config (same target, minifier and options as dist/auth-elements.js), and the
// peers' prebuilt browser bundles as they ship.
import { readFile, readdir } from 'node:fs/promises';
import { dirname, join, relative } from 'node:path';
import { brotliCompressSync, constants, gzipSync } from 'node:zlib';
import { build, loadConfigFromFile } from 'vite';

/** Raw, gzip -9 and brotli 11 bytes of some files' contents together (each compressed alone). */
export function weigh(contents) {
  let raw = 0;
  let gzip = 0;
  let brotli = 0;
  for (const content of contents) {
    const bytes = Buffer.from(content);
    raw += bytes.length;
    gzip += gzipSync(bytes, { level: 9 }).length;
    brotli += brotliCompressSync(bytes, {
      params: { [constants.BROTLI_PARAM_QUALITY]: 11, [constants.BROTLI_PARAM_SIZE_HINT]: bytes.length },
    }).length;
  }
  return { raw, gzip, brotli };
}

let projectConfig;

/**
 * Builds `entry` (a path, or name → path for several entries) in memory with the project's vite
 * config, as ES modules. `minify: false` keeps names readable for CPU profiles; `external`
 * (a rolldown `external` option) leaves modules out. Resolves to
 * { files: Map(fileName → code), chunks: [rolldown output chunks] }.
 */
export async function bundle(root, entry, { minify = true, external } = {}) {
  projectConfig ??= (
    await loadConfigFromFile({ command: 'build', mode: 'production' }, join(root, 'vite.config.ts'), root, 'silent')
  ).config;
  const config = projectConfig;
  const output = minify ? config.build.rolldownOptions.output : { minify: false };
  const [result] = [].concat(
    await build({
      ...config,
      root,
      configFile: false,
      logLevel: 'warn',
      build: {
        ...config.build,
        minify: minify ? config.build.minify : false,
        write: false,
        sourcemap: false,
        rolldownOptions: { ...config.build.rolldownOptions, output, ...(external ? { external } : {}) },
        lib: {
          entry,
          formats: ['es'],
          fileName: (_format, name) => (typeof entry == 'string' ? 'entry.js' : `${name}.js`),
        },
      },
    }),
  );
  const chunks = result.output.filter(item => item.type == 'chunk');
  return { files: new Map(chunks.map(chunk => [chunk.fileName, chunk.code])), chunks };
}

/** The file names a chunk needs before it runs: itself and its static imports, transitively. */
export function closure(chunks, names) {
  const byName = new Map(chunks.map(chunk => [chunk.fileName, chunk]));
  const seen = new Set();
  const visit = name => {
    if (seen.has(name)) return;
    const chunk = byName.get(name);
    if (!chunk) throw new Error(`no chunk ${name} in the build`);
    seen.add(name);
    chunk.imports.forEach(visit);
  };
  names.forEach(visit);
  return [...seen];
}

/**
 * The files of Clerk's script-tag user button: clerk-js's browser core, the @clerk/ui browser
 * bundle it loads, and the chunks @clerk/ui's own lazy loader requests for the UserButton
 * component (read from its chunk map, so a new version is followed).
 */
export async function clerkUserButton(benchRoot) {
  const js = join(benchRoot, 'node_modules/@clerk/clerk-js/dist');
  const ui = join(benchRoot, 'node_modules/@clerk/ui/dist');
  const code = await readFile(join(ui, 'ui.browser.js'), 'utf8');
  const loader = code.match(/UserButton:\(\)=>Promise\.all\(\[([^\]]+)\]\)/);
  const names = code.match(
    /\.u=\w+=>""\+\(\(\{([^}]+)\}\)\[\w+\]\|\|\w+\)\+"(_ui_)"\+\w+\.h\(\)\.slice\(0,(\d+)\)\+"([^"]+)"/,
  );
  const hash = code.match(/\.h=\(\)=>"([0-9a-f]+)"/);
  if (!loader || !names || !hash)
    throw new Error('@clerk/ui: the UserButton chunk loader was not found in ui.browser.js');
  const map = Object.fromEntries([...names[1].matchAll(/(\d+):"([^"]+)"/g)].map(([, id, name]) => [id, name]));
  const chunks = [...loader[1].matchAll(/\.e\((\d+)\)/g)].map(
    ([, id]) => `${map[id] ?? id}${names[2]}${hash[1].slice(0, +names[3])}${names[4]}`,
  );
  const files = [join(js, 'clerk.browser.js'), join(ui, 'ui.browser.js'), ...chunks.map(name => join(ui, name))];
  return { files, contents: await Promise.all(files.map(file => readFile(file))) };
}

/** A package's installed version, found as Node would from the directory `from`. */
export async function version(from, name) {
  for (let dir = from; ; dir = dirname(dir)) {
    try {
      return JSON.parse(await readFile(join(dir, 'node_modules', name, 'package.json'), 'utf8')).version;
    } catch {
      if (dir == dirname(dir)) throw new Error(`${name} is not installed`);
    }
  }
}

/** Every Stencil lazy entry of Amplify UI's ES build, with the loader entry of the benchmark. */
export async function amplifyEntries(benchRoot) {
  const esm = join(benchRoot, 'node_modules/@aws-amplify/ui-components/dist/esm');
  const entries = { 'amplify-sign-out': join(benchRoot, 'entries/amplify-sign-out.js') };
  for (const file of await readdir(esm)) {
    if (file.endsWith('.entry.js') && !file.endsWith('.system.entry.js')) entries[file.slice(0, -3)] = join(esm, file);
  }
  return entries;
}

export const relativeTo = (root, file) => relative(root, file).replaceAll('\\', '/');
