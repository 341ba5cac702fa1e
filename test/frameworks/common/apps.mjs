// What the framework app runners (test/node/frameworks.test.mjs, test/node/frameworks-ssr.test.mjs)
// share: running npm in an app's folder, installing it when needed, and finding the README
// snippets in its sources.
import { spawn } from 'node:child_process';
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';

export const readme = readFileSync(new URL('../../../README.md', import.meta.url), 'utf8');

// The root `npm test` runs the runners under npm, whose variables would point an app's npm at
// the root. Next.js would also report telemetry: the network is loopback only.
export const env = {
  ...Object.fromEntries(
    Object.entries(process.env).filter(
      ([key]) => !/^(npm_config_(local_)?prefix|npm_package_.*|npm_lifecycle_.*|INIT_CWD)$/i.test(key),
    ),
  ),
  NEXT_TELEMETRY_DISABLED: '1',
  ASTRO_TELEMETRY_DISABLED: '1',
  NUXT_TELEMETRY_DISABLED: '1',
};

/** Runs a command in `cwd`; rejects with its output when it fails. Resolves with seconds taken. */
export function run(cwd, command, args) {
  const started = Date.now();
  return new Promise((resolve, reject) => {
    const child = spawn(command, args, { cwd, env, stdio: ['ignore', 'pipe', 'pipe'] });
    let out = '';
    child.stdout.on('data', d => (out += d));
    child.stderr.on('data', d => (out += d));
    child.on('error', reject);
    child.on('close', code =>
      code === 0
        ? resolve((Date.now() - started) / 1000)
        : reject(new Error(`${command} ${args.join(' ')} in ${cwd} exited with ${code}:\n${out.slice(-4000)}`)),
    );
  });
}

/**
 * `npm ci` when node_modules is missing or older than the lock (with `nice`, at the lowest CPU
 * priority). Returns seconds, or 0 if skipped.
 */
export async function install(dir, { nice = false } = {}) {
  if (installed(dir)) return 0;
  const ci = ['ci', '--no-audit', '--no-fund', '--prefer-offline'];
  return nice ? run(dir, 'nice', ['-n', '19', 'npm', ...ci]) : run(dir, 'npm', ci);
}

/** Whether `dir`'s node_modules is installed from its current lock. */
export function installed(dir) {
  const marker = join(dir, 'node_modules', '.package-lock.json');
  return existsSync(marker) && statSync(marker).mtimeMs >= statSync(join(dir, 'package-lock.json')).mtimeMs;
}

/** Folders of build output and installs, which hold no snippets. */
const generated = new Set([
  'node_modules',
  'dist',
  'build',
  '.angular',
  '.next',
  '.nuxt',
  '.output',
  '.svelte-kit',
  '.react-router',
  '.astro',
]);

/** The snippet regions of an app's sources, without their common indentation. */
export function snippets(dir) {
  const found = [];
  const region =
    /^[ \t]*(?:\/\/|<!--|\/\*|\{\/\*) readme:start(?: -->| \*\/| \*\/\})?\n([\s\S]*?)^[ \t]*(?:\/\/|<!--|\/\*|\{\/\*) readme:end/gm;
  const walk = folder => {
    for (const entry of readdirSync(folder, { withFileTypes: true })) {
      if (generated.has(entry.name)) continue;
      const path = join(folder, entry.name);
      if (entry.isDirectory()) walk(path);
      else if (/\.(jsx?|tsx?|mjs|vue|svelte|astro|html|css)$/.test(entry.name)) {
        for (const [, body] of readFileSync(path, 'utf8').matchAll(region)) {
          const lines = body.replace(/\n$/, '').split('\n');
          const indent = Math.min(...lines.filter(l => l.trim()).map(l => l.match(/^\s*/)[0].length));
          found.push({ file: relative(dir, path), text: lines.map(l => l.slice(indent)).join('\n') });
        }
      }
    }
  };
  walk(dir);
  return found;
}

/** The README text under the `##` or `###` heading that starts with `title`, up to the next heading. */
export function section(title) {
  const lines = readme.split('\n');
  const start = lines.findIndex(line => line.startsWith(`### ${title}`) || line.startsWith(`## ${title}`));
  if (start < 0) return null;
  const rest = lines.slice(start + 1);
  const end = rest.findIndex(line => /^#{1,3} /.test(line));
  return rest.slice(0, end < 0 ? undefined : end).join('\n');
}

/** The README's fenced code blocks in a section, with their language. */
export function codeBlocks(text) {
  return [...text.matchAll(/^```(\w*)\n([\s\S]*?)^```$/gm)].map(([, lang, body]) => ({ lang, body }));
}
