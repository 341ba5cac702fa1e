// On a fresh machine without the browsers `npm test` stops at once with one line saying what to
// run, or, when apt may run, installs them with scripts/install-browsers.sh first. The browsers'
// paths come from the environment (CHROMIUM_PATH, FIREFOX_PATH, MINIBROWSER_PATH, PATH), so a
// missing browser is simulated here without touching the machine.
import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { spawn } from 'node:child_process';
import { chmod, mkdtemp, readFile, rm, symlink, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { missingBrowsers } from '../../scripts/browser-paths.mjs';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');

/** Runs `npm test`'s script with only `env` (no inherited PATH); killed if it does not end. */
function runTests(env) {
  return new Promise(resolve => {
    const child = spawn(process.execPath, ['scripts/test.mjs'], { cwd: root, env, timeout: 60_000 });
    let out = '';
    child.stdout.on('data', d => (out += d));
    child.stderr.on('data', d => (out += d));
    child.on('close', (code, signal) => resolve({ code, signal, out }));
  });
}

/** A folder for PATH holding `tools` (name → shell script) and links to real commands. */
async function pathWith(tools = {}, links = []) {
  const dir = await mkdtemp(path.join(os.tmpdir(), 'auth-elements-path-'));
  for (const [name, script] of Object.entries(tools)) {
    await writeFile(path.join(dir, name), `#!/bin/sh\n${script}\n`);
    await chmod(path.join(dir, name), 0o755);
  }
  for (const command of links) await symlink(`/usr/bin/${command}`, path.join(dir, command)).catch(() => {});
  return dir;
}

const missingEverywhere = dir => ({
  PATH: dir,
  CHROMIUM_PATH: path.join(dir, 'no-chromium'),
  FIREFOX_PATH: path.join(dir, 'no-firefox'),
  MINIBROWSER_PATH: path.join(dir, 'no-minibrowser'),
});

describe('fresh machine: npm test checks the browsers before anything else', () => {
  test('each missing piece is named: browser paths, the WebKit driver, Xvfb without a display', () => {
    const env = {
      PATH: '/nonexistent',
      CHROMIUM_PATH: '/no/chromium',
      FIREFOX_PATH: '/no/firefox',
      MINIBROWSER_PATH: '/no/mb',
    };
    assert.deepEqual(missingBrowsers(['chromium', 'firefox', 'webkit'], env), [
      'chromium: /no/chromium',
      'firefox: /no/firefox',
      'webkit: /no/mb',
      'webkit: WebKitWebDriver',
      'webkit: Xvfb',
    ]);
    assert.deepEqual(missingBrowsers(['webkit'], { ...env, DISPLAY: ':1' }), [
      'webkit: /no/mb',
      'webkit: WebKitWebDriver',
    ]);
    assert.deepEqual(missingBrowsers(['chromium'], { ...env, CHROMIUM_PATH: process.execPath }), []);
  });

  test('without apt it stops at once with one line saying what to run, and a non-zero exit', async () => {
    const dir = await pathWith();
    try {
      const { code, signal, out } = await runTests(missingEverywhere(dir));
      assert.equal(signal, null, 'ended by itself');
      assert.notEqual(code, 0);
      const lines = out.trim().split('\n');
      assert.equal(lines.length, 1, out);
      assert.match(
        lines[0],
        /^Browsers missing \(chromium: .*no-chromium, firefox: .*no-firefox, webkit: .*\): run `bash scripts\/install-browsers\.sh`/,
      );
      assert.doesNotMatch(out, /━━/, 'no step ran');
    } finally {
      await rm(dir, { recursive: true, force: true });
    }
  });

  test('only the browsers of the chosen steps are checked: BROWSERS=firefox and no Node steps need no Chromium', async () => {
    const dir = await pathWith();
    try {
      const { code, out } = await runTests({ ...missingEverywhere(dir), BROWSERS: 'firefox', TEST_STEPS: 'browsers' });
      assert.notEqual(code, 0);
      assert.equal(out.trim().split('\n').length, 1, out);
      assert.match(out, /\(firefox: .*no-firefox\)/);
    } finally {
      await rm(dir, { recursive: true, force: true });
    }
  });

  test('the end-to-end step needs all three browsers, whatever BROWSERS says', async () => {
    const dir = await pathWith();
    try {
      const { code, out } = await runTests({ ...missingEverywhere(dir), BROWSERS: 'chromium', TEST_STEPS: 'e2e' });
      assert.notEqual(code, 0);
      assert.equal(out.trim().split('\n').length, 1, out);
      assert.match(out, /\(chromium: .*no-chromium, firefox: .*no-firefox, webkit: .*\)/);
    } finally {
      await rm(dir, { recursive: true, force: true });
    }
  });

  test('when apt may run (as root, or sudo without a password) it runs scripts/install-browsers.sh first, then checks again', async () => {
    const dir = await pathWith(
      {
        // apt-get records what it was asked; dpkg-query knows no package; sudo -n runs the command.
        'apt-get': `echo "$@" >> "${'$'}(dirname "$0")/apt.log"`,
        'dpkg-query': 'exit 1',
        sudo: '[ "$1" = -n ] && shift; exec "$@"',
        id: 'echo 1000',
      },
      ['bash', 'grep', 'head', 'dirname', 'true'],
    );
    try {
      const { code, out } = await runTests(missingEverywhere(dir));
      assert.notEqual(code, 0, 'still missing after the (pretend) install');
      assert.match(out, /^Browsers missing .*: installing them with scripts\/install-browsers\.sh$/m);
      const apt = await readFile(path.join(dir, 'apt.log'), 'utf8');
      assert.match(apt, /^update -qq$/m);
      assert.match(apt, /^install -y -qq chromium chromium-driver firefox-esr webkit2gtk-driver xvfb /m);
      assert.match(out.trim().split('\n').at(-1), /^Browsers missing .*: run `bash scripts\/install-browsers\.sh`/);
      assert.doesNotMatch(out, /━━/, 'no step ran');
    } finally {
      await rm(dir, { recursive: true, force: true });
    }
  });
});
