// Finding 1: the demo's data folder (better-auth's cookie secret and SQLite database) is never
// served, in any path form, with or without an Origin header, wherever the folder is; it is
// private to its user (0700, files 0600); and no answer of the pages' server is readable by
// another origin (no CORS).
import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import http from 'node:http';
import { chmod, mkdir, mkdtemp, readdir, rm, stat, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { randomBytes } from 'node:crypto';
import { defaultDataDir, root, startDemoServer } from '../../server/app.mjs';

const SQLITE = 'SQLite format 3';
const ORIGINS = [undefined, 'http://localhost:1', 'http://127.0.0.1:9', 'null'];

/** GET `target` exactly as written (no normalisation of `..`, `//` or percent-encoding). */
function get(origin, target, headers = {}) {
  const { hostname, port } = new URL(origin);
  return new Promise((resolve, reject) => {
    const request = http.request({ hostname, port, path: target, method: 'GET', headers }, response => {
      const chunks = [];
      response.on('data', chunk => chunks.push(chunk));
      response.on('end', () =>
        resolve({ status: response.statusCode, headers: response.headers, body: Buffer.concat(chunks) }),
      );
    });
    request.on('error', reject);
    request.end();
  });
}

/** Every character percent-encoded, `/` included when `slashes`. */
const encodeAll = (text, slashes = false) =>
  [...text].map(c => (c == '/' && !slashes ? c : '%' + c.charCodeAt(0).toString(16).padStart(2, '0'))).join('');

/** The path forms that could name `file` of the data folder `dir` on a vite server rooted at `root`. */
function pathForms(dir, file) {
  const queries = ['', '?raw', '?import', '?url', '?raw&import', '?inline', '?t=1'];
  const absolute = `${dir}/${file}`;
  const up = '../'.repeat(root.split('/').length) + absolute.slice(1);
  const forms = [
    ...queries.map(q => `/@fs${absolute}${q}`),
    `/@fs/${absolute}`,
    `/@fs${encodeAll(absolute)}`,
    `/@fs${encodeAll(absolute, true).replace(/^%2f/, '/')}`,
    `/@fs${absolute.replaceAll('/', '//')}`,
    `/@id${absolute}`,
    `/@id/@fs${absolute}?import`,
    `/@id/__x00__${absolute}`,
    `/${up}`,
    `/${up.replaceAll('..', '%2e%2e')}`,
    `/${up.replaceAll('/', '%2f')}`,
  ];
  const relative = path.relative(root, dir);
  if (!relative.startsWith('..')) {
    const inRoot = `${relative}/${file}`;
    forms.push(
      ...queries.map(q => `/${inRoot}${q}`),
      `/${encodeAll(inRoot)}`,
      `/${encodeAll(inRoot, true)}`,
      `/${inRoot.replaceAll('.', '%252e')}`,
      `/${inRoot.replace('/', '//')}`,
      `//${inRoot}`,
      `/./${inRoot}`,
      `/demo/../${inRoot}`,
      `/demo/%2e%2e/${inRoot}?raw`,
      `/demo/..%2f${inRoot}`,
      `/${inRoot.replace('/', '\\')}`,
      `/${inRoot.replace('/', '%5c')}`,
      `/@id/${inRoot}`,
      `/@id/${inRoot}?import`,
      `/@fs${root}/${inRoot}?raw`,
    );
  }
  return forms;
}

/** Every path form of both files, with and without an Origin header: 404, no secret, no database, no CORS. */
async function assertNothingServed(server, dir, secret) {
  const leaks = [];
  for (const file of ['secret', 'auth.db']) {
    for (const target of pathForms(dir, file)) {
      for (const origin of ORIGINS) {
        const { status, headers, body } = await get(server.origin, target, origin ? { origin } : {});
        const text = body.toString('latin1');
        const problems = [
          status != 404 && `status ${status}`,
          text.includes(secret) && 'the secret',
          text.includes(SQLITE) && 'database bytes',
          headers['access-control-allow-origin'] &&
            `access-control-allow-origin: ${headers['access-control-allow-origin']}`,
        ].filter(Boolean);
        if (problems.length) leaks.push(`GET ${target}${origin ? ` (Origin: ${origin})` : ''}: ${problems.join(', ')}`);
      }
    }
  }
  assert.deepEqual(leaks, []);
}

/** The folder 0700 and every file in it 0600. */
async function assertPrivate(dir) {
  const modes = { [dir]: (await stat(dir)).mode & 0o777 };
  for (const name of await readdir(dir)) modes[name] = (await stat(path.join(dir, name))).mode & 0o777;
  const expected = Object.fromEntries(Object.keys(modes).map(key => [key, key == dir ? 0o700 : 0o600]));
  assert.deepEqual(modes, expected);
  assert.ok(Object.keys(modes).includes('auth.db') && Object.keys(modes).includes('secret'), 'both files exist');
}

/** A data folder holding a known secret, left readable by everyone as an older version did. */
async function looseFolder(dir) {
  const secret = 'finding-1-' + randomBytes(16).toString('hex');
  await mkdir(dir, { recursive: true, mode: 0o755 });
  await chmod(dir, 0o755);
  await writeFile(path.join(dir, 'secret'), secret + '\n', { mode: 0o644 });
  await chmod(path.join(dir, 'secret'), 0o644);
  return secret;
}

/** The pages are really served: the checks above are not passing against a dead server. */
async function assertPagesServed(server) {
  const page = await get(server.origin, '/demo/user-button.html', { origin: 'http://localhost:1' });
  assert.equal(page.status, 200);
  assert.equal(page.headers['access-control-allow-origin'], undefined, 'no CORS on pages');
  const source = await get(server.origin, '/src/index.ts', { origin: 'http://127.0.0.1:9' });
  assert.equal(source.status, 200);
  assert.equal(source.headers['access-control-allow-origin'], undefined, 'no CORS on modules');
}

describe('finding 1: the demo never serves its secret or database', () => {
  const saved = { ...process.env };
  after(() => {
    for (const key of ['AUTH_DATA_DIR', 'XDG_STATE_HOME', 'BETTER_AUTH_SECRET'])
      if (saved[key] === undefined) delete process.env[key];
      else process.env[key] = saved[key];
  });
  before(() => delete process.env.BETTER_AUTH_SECRET);

  test('the default data folder is outside the project: $XDG_STATE_HOME, else ~/.local/state; AUTH_DATA_DIR wins', () => {
    assert.equal(defaultDataDir({ XDG_STATE_HOME: '/var/state' }), path.join('/var/state', 'auth-elements-demo'));
    assert.equal(defaultDataDir({}), path.join(os.homedir(), '.local', 'state', 'auth-elements-demo'));
    assert.equal(defaultDataDir({ XDG_STATE_HOME: 'relative' }), defaultDataDir({}), 'a relative XDG path is ignored');
    assert.equal(defaultDataDir({ AUTH_DATA_DIR: 'here', XDG_STATE_HOME: '/x' }), path.resolve('here'));
    assert.ok(path.relative(root, defaultDataDir({})).startsWith('..'), 'outside the project');
  });

  describe('the data folder inside the project root (AUTH_DATA_DIR pointing there)', () => {
    let dir;
    let server;
    let secret;
    before(async () => {
      dir = await mkdtemp(path.join(root, '.data-e2e-'));
      secret = await looseFolder(dir);
      process.env.AUTH_DATA_DIR = dir;
      // A first run creates the database; its files are then made readable, as an older version left them.
      await (await startDemoServer({ quiet: true })).close();
      for (const name of await readdir(dir)) await chmod(path.join(dir, name), 0o644);
      await chmod(dir, 0o755);
      server = await startDemoServer({ quiet: true });
    });
    after(async () => {
      await server?.close();
      delete process.env.AUTH_DATA_DIR;
      if (dir) await rm(dir, { recursive: true, force: true });
    });

    test('it is the folder in use', () => assert.equal(server.dataDir, dir));
    test('every path form answers 404 without its bytes, with and without Origin', () =>
      assertNothingServed(server, dir, secret));
    test('the pages are served, without CORS', () => assertPagesServed(server));
    test('existing files and the folder are made private (0600 / 0700)', () => assertPrivate(dir));
  });

  describe('the default data folder', () => {
    let state;
    let server;
    let secret;
    before(async () => {
      delete process.env.AUTH_DATA_DIR;
      state = await mkdtemp(path.join(os.tmpdir(), 'auth-elements-state-'));
      process.env.XDG_STATE_HOME = state;
      secret = await looseFolder(path.join(state, 'auth-elements-demo'));
      server = await startDemoServer({ quiet: true });
    });
    after(async () => {
      await server?.close();
      if (state) await rm(state, { recursive: true, force: true });
    });

    test('it is $XDG_STATE_HOME/auth-elements-demo', () =>
      assert.equal(server.dataDir, path.join(state, 'auth-elements-demo')));
    test('every path form answers 404 without its bytes, with and without Origin', () =>
      assertNothingServed(server, server.dataDir, secret));
    test('the pages are served, without CORS', () => assertPagesServed(server));
    test('the folder is 0700 and its files 0600', () => assertPrivate(server.dataDir));
  });
});
