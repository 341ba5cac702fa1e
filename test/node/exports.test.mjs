// Every `exports` entry evaluates in Node without a DOM shim: it does not throw, reads neither
// `window` nor `document`, opens no BroadcastChannel, starts no timer, and the process exits by
// itself (no open handle). Runs against the npm build (dist/npm), so `npm run build` comes first.
import { spawn } from 'node:child_process';
import { readdirSync, readFileSync } from 'node:fs';
import { test } from 'node:test';
import assert from 'node:assert/strict';

const pkg = JSON.parse(readFileSync(new URL('../../package.json', import.meta.url), 'utf8'));
// A pattern entry (`./locales/*`) stands for every built file it matches.
const expand = ([key, target]) => {
  if (!key.includes('*')) return [key];
  const [dir, suffix] = target.default.split('/*');
  return readdirSync(new URL(`../../${dir}/`, import.meta.url))
    .filter(file => file.endsWith(suffix))
    .map(file => key.replace('*', file.slice(0, -suffix.length)));
};
const entries = Object.entries(pkg.exports)
  .filter(([, target]) => typeof target === 'object' && target.default?.endsWith('.js'))
  .flatMap(expand)
  .map(key => (key === '.' ? pkg.name : `${pkg.name}/${key.slice(2)}`));

// Runs in the child: traps, then the import, then a report on stdout. Only what our own files do
// counts: Lit's Node build probes \`document\` itself, which the contract allows.
const probe = specifier => `
const seen = [];
const ours = () => {
  const caller = new Error().stack.split('\\n')[3] ?? '';
  return !caller.includes('/node_modules/') ? caller.trim() : null;
};
for (const name of ['window', 'document']) {
  Object.defineProperty(globalThis, name, { configurable: true, get() { const at = ours(); if (at) seen.push('read ' + name + ' ' + at); } });
}
for (const name of ['setTimeout', 'setInterval', 'setImmediate']) {
  const original = globalThis[name];
  globalThis[name] = (...args) => { seen.push(name + ' ' + ours()); return original(...args); };
}
globalThis.BroadcastChannel = class { constructor() { seen.push('BroadcastChannel ' + ours()); } };
const module = await import(${JSON.stringify(specifier)});
console.log(JSON.stringify({ seen, exports: Object.keys(module) }));
`;

function run(specifier) {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, ['--input-type=module', '-e', probe(specifier)], {
      cwd: new URL('../..', import.meta.url),
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    let out = '';
    let err = '';
    child.stdout.on('data', d => (out += d));
    child.stderr.on('data', d => (err += d));
    const timer = setTimeout(() => {
      child.kill('SIGKILL');
      reject(new Error(`${specifier}: the process did not exit within 10 s (an open handle)`));
    }, 10_000);
    child.on('exit', code => {
      clearTimeout(timer);
      resolve({ code, out, err });
    });
  });
}

test('there are entries to check', () => {
  assert.ok(entries.includes('auth-elements') && entries.includes('auth-elements/define'), entries.join(', '));
});

for (const specifier of entries) {
  test(`import '${specifier}' in Node: no throw, no DOM read, no channel, no timer, exits`, async () => {
    const { code, out, err } = await run(specifier);
    assert.equal(code, 0, `exit code ${code}: ${err}`);
    const report = JSON.parse(out.trim().split('\n').at(-1));
    assert.deepEqual(report.seen, [], `${specifier} did: ${report.seen.join(', ')}`);
  });
}

test('the root entry exports the public API', async () => {
  const { out } = await run('auth-elements');
  const { exports } = JSON.parse(out.trim().split('\n').at(-1));
  for (const name of ['AuthSignOutButton', 'setAuth', 'setStrings']) assert.ok(exports.includes(name), name);
});

test('the react entry exports a component per element and defines no tag on import', async () => {
  const { out } = await run('auth-elements/react');
  const { exports } = JSON.parse(out.trim().split('\n').at(-1));
  assert.deepEqual(exports.sort(), ['Avatar', 'DeviceList', 'Show', 'SignInButton', 'SignOutButton', 'UserButton']);
  const child = spawn(
    process.execPath,
    [
      '--input-type=module',
      '-e',
      `await import('auth-elements/react');
       console.log(JSON.stringify([typeof customElements, ['auth-sign-out-button', 'auth-user-button', 'auth-show', 'auth-sign-in-button', 'auth-avatar', 'auth-device-list'].map(tag => !!customElements.get(tag))]));`,
    ],
    { cwd: new URL('../..', import.meta.url), stdio: ['ignore', 'pipe', 'inherit'] },
  );
  let report = '';
  child.stdout.on('data', d => (report += d));
  await new Promise(resolve => child.on('exit', resolve));
  // Lit's Node build provides a `customElements` registry, so "not defined" is observable here.
  assert.deepEqual(JSON.parse(report.trim()), ['object', [false, false, false, false, false, false]]);
});
