// The elements inside each framework: every app under test/frameworks/ (its own package.json and
// lock; `common/` holds the bundler aliases to the npm build; `ssr/` the server-rendered apps,
// which frameworks-ssr.test.mjs runs) is installed with `npm ci` when its node_modules is
// missing or older than its lock, built with `npm run build` into its dist/, served from there
// alone, and run in Chromium. The app's page sets `window.harness`, whose client is the
// package's own `createMemoryClient()` from `auth-elements/testing` (Ada Lovelace and Grace Hopper):
//
//   { name, ready: Promise<void>, client, events: string[], toggle(times): Promise<void>,
//     expectedWarnings?: string[], definedLate?: boolean }
//
// For each app: both elements upgrade and show the signed-in user, with the client as their
// `auth` property (`definedLate`: from `window.Auth` until the first remount); one copy of Lit;
// 100 unmount/remount cycles through the framework's state leave as many listeners on `window`,
// `document`, BroadcastChannels and plain EventTargets (the page-wide bus) as before, and two
// client subscribers; a real click on the sign-out button delivers `auth-sign-out` then
// `auth-signed-out` through the framework's own event binding; the console shows no error and
// no warning but Lit's dev-mode notice and the app's `expectedWarnings` (each of which must
// appear); and the README shows the app's snippet (the lines between `// readme:start` and
// `// readme:end`, or `<!-- readme:start -->` and `<!-- readme:end -->`) in its framework's
// section. The apps import the npm build (dist/npm), so `npm run build` comes first.
// `FRAMEWORK_APPS=react19,vue3` runs only those apps.
import { existsSync, readdirSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import { createServer } from 'node:http';
import { extname, join, normalize, relative, sep } from 'node:path';
import { fileURLToPath } from 'node:url';
import { after, before, test } from 'node:test';
import assert from 'node:assert/strict';
import { launchChromium } from '../../scripts/chromium.mjs';
import { install, run, section, snippets } from '../frameworks/common/apps.mjs';

const frameworks = fileURLToPath(new URL('../frameworks/', import.meta.url));
const apps = readdirSync(frameworks, { withFileTypes: true })
  .filter(entry => entry.isDirectory() && !['common', 'ssr'].includes(entry.name))
  .map(entry => entry.name)
  .filter(name => existsSync(join(frameworks, name, 'package.json')))
  .sort();
const only = process.env.FRAMEWORK_APPS?.split(',');

/** The README section (its `### ` heading starts so) that shows each app's snippet. */
const sections = {
  react19: 'React 19',
  'react19-late': 'React 19',
  react18: 'React 18',
  vue3: 'Vue 3',
  svelte5: 'Svelte 5',
  angular21: 'Angular',
};

const types = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json',
  '.svg': 'image/svg+xml',
  '.wasm': 'application/wasm',
  '.woff2': 'font/woff2',
};

/** Serves the files of `root` (and nothing else) on a free port. */
async function serve(root) {
  const server = createServer(async (request, response) => {
    let path = normalize(join(root, decodeURIComponent(new URL(request.url, 'http://x').pathname)));
    if (path.endsWith(sep)) path += 'index.html';
    // Chromium asks for it by itself: no icon, and no 404 in the console.
    if (path == join(root, 'favicon.ico')) return response.writeHead(204).end();
    const type = types[extname(path)];
    if (relative(root, path).startsWith('..') || !type) return response.writeHead(404).end();
    try {
      const body = await readFile(path);
      response.writeHead(200, { 'content-type': type, 'cache-control': 'no-store' }).end(body);
    } catch {
      response.writeHead(404).end();
    }
  });
  await new Promise(resolve => server.listen(0, '127.0.0.1', resolve));
  return { server, origin: `http://127.0.0.1:${server.address().port}` };
}

// Runs in the page before its scripts: counts live listeners on window, document, every
// BroadcastChannel and every plain EventTarget, as the DOM keeps them (one per type, callback
// and capture flag). `once` listeners clean up after themselves and are not counted.
function countListeners() {
  const live = new Map();
  const kind = target =>
    target === window
      ? 'window'
      : target === document
        ? 'document'
        : target instanceof BroadcastChannel
          ? 'channel'
          : target.constructor === EventTarget
            ? 'target'
            : null;
  const ids = new WeakMap();
  let next = 0;
  const key = (type, listener, options) => {
    if (!ids.has(listener)) ids.set(listener, ++next);
    return `${type} ${ids.get(listener)} ${typeof options == 'boolean' ? options : !!options?.capture}`;
  };
  const { addEventListener: add, removeEventListener: remove } = EventTarget.prototype;
  EventTarget.prototype.addEventListener = function (type, listener, options) {
    const target = this ?? window;
    const signal = typeof options == 'object' ? options?.signal : undefined;
    if (listener && kind(target) && !(typeof options == 'object' && options?.once) && !signal?.aborted) {
      const keys = live.get(target) ?? new Set();
      live.set(target, keys);
      const k = key(type, listener, options);
      keys.add(k);
      signal?.addEventListener('abort', () => keys.delete(k));
    }
    return add.call(target, type, listener, options);
  };
  EventTarget.prototype.removeEventListener = function (type, listener, options) {
    const target = this ?? window;
    if (listener) live.get(target)?.delete(key(type, listener, options));
    return remove.call(target, type, listener, options);
  };
  Object.defineProperty(window, 'liveListeners', {
    value: () => {
      const counts = { window: 0, document: 0, channel: 0, target: 0 };
      for (const [target, keys] of live) counts[kind(target)] += keys.size;
      return counts;
    },
  });
}

/** Both elements as the page has them. */
const elements = page =>
  page.evaluate(() =>
    [...document.querySelectorAll('auth-user-button, auth-sign-out-button')].map(el => ({
      tag: el.localName,
      upgraded: !!customElements.get(el.localName) && el instanceof customElements.get(el.localName),
      shadow: !!el.shadowRoot,
      auth: el.auth === window.harness.client,
    })),
  );

let browser;

before(async () => {
  browser = await launchChromium();
});

after(async () => {
  await browser?.close();
});

test('there are framework apps, each with a README section', () => {
  assert.ok(apps.includes('react19') && apps.includes('react18'), apps.join(', '));
  const unknown = apps.filter(app => !sections[app]);
  assert.deepEqual(unknown, [], 'apps without a README section: add them to `sections` here');
});

for (const app of apps.filter(name => !only || only.includes(name))) {
  const dir = join(frameworks, app);

  test(app, { timeout: 15 * 60_000 }, async t => {
    let broken = false;
    /** A named subtest; skipped once an earlier one failed, since each needs the one before. */
    const step = (name, fn) =>
      t.test(name, async s => {
        if (broken) return s.skip('an earlier step failed');
        try {
          await fn(s);
        } catch (error) {
          broken = true;
          throw error;
        }
      });

    await t.test('README shows its snippet in its section', () => {
      const found = snippets(dir);
      assert.ok(found.length, `${app}: no // readme:start … // readme:end region in its sources`);
      const text = section(sections[app]);
      assert.ok(text != null, `README has no "### ${sections[app]}" section`);
      for (const { file, text: snippet } of found) {
        assert.ok(text.includes(snippet), `README "### ${sections[app]}" lacks the snippet of ${file}:\n${snippet}`);
      }
    });

    await step('npm ci and build', async s => {
      const installed = await install(dir);
      const built = await run(dir, 'npm', ['run', 'build']);
      s.diagnostic(
        `${app}: npm ci ${installed ? `${installed.toFixed(1)} s` : 'skipped'}, build ${built.toFixed(1)} s`,
      );
      assert.ok(existsSync(join(dir, 'dist', 'index.html')), `${app}: the build wrote no dist/index.html`);
    });
    if (broken) return;

    const { server, origin } = await serve(join(dir, 'dist'));
    const context = await browser.newContext();
    await context.addInitScript(countListeners);
    const page = await context.newPage();
    const errors = [];
    const warnings = [];
    page.on('pageerror', error => errors.push(`pageerror: ${error.message}`));
    page.on('console', message => {
      if (message.type() == 'error') errors.push(`${message.text()} ${message.location().url ?? ''}`.trim());
      else if (message.type() == 'warning' && !/^Lit is in dev mode/.test(message.text()))
        warnings.push(message.text());
    });
    t.after(async () => {
      await context.close();
      server.close();
    });

    let expected;
    await step('renders both elements, upgraded, showing the signed-in user', async () => {
      const response = await page.goto(`${origin}/`);
      assert.equal(response?.status(), 200);
      await page.waitForFunction(() => window.harness);
      await page.evaluate(() => window.harness.ready);
      expected = await page.evaluate(() => ({
        name: window.harness.name,
        warnings: window.harness.expectedWarnings ?? [],
        late: !!window.harness.definedLate,
        versions: window.reactiveElementVersions?.length,
      }));
      assert.equal(expected.name, app);
      assert.equal(expected.versions, 1, 'one copy of @lit/reactive-element on the page');
      const found = await elements(page);
      assert.deepEqual(
        found.map(({ tag, upgraded, shadow }) => ({ tag, upgraded, shadow })).sort((a, b) => (a.tag < b.tag ? -1 : 1)),
        [
          { tag: 'auth-sign-out-button', upgraded: true, shadow: true },
          { tag: 'auth-user-button', upgraded: true, shadow: true },
        ],
      );
      if (!expected.late)
        assert.ok(
          found.every(el => el.auth),
          'auth is the client object, set as a property',
        );
      await page
        .locator('auth-user-button')
        .getByRole('button', { name: /Ada Lovelace/ })
        .waitFor();
      await page.locator('auth-sign-out-button').getByRole('button', { name: 'Sign out' }).waitFor();
    });

    await step('toggles 100 times without leaking listeners or subscriptions', async () => {
      const count = () =>
        page.evaluate(() => ({ ...window.liveListeners(), subscribers: window.harness.client.listenerCount }));
      const before = await count();
      assert.equal(before.subscribers, 2, 'each element subscribes to the client once');
      assert.ok(before.window >= 2, `the elements listen on window: ${JSON.stringify(before)}`);
      await page.evaluate(() => {
        window.firstElements = [...document.querySelectorAll('auth-user-button, auth-sign-out-button')];
      });
      await page.evaluate(() => window.harness.toggle(100));
      assert.deepEqual(await count(), before);
      const replaced = await page.evaluate(() =>
        window.firstElements.every(el => !el.isConnected && ![...document.querySelectorAll(el.localName)].includes(el)),
      );
      assert.ok(replaced, 'toggling unmounts the elements and mounts new ones');
      const found = await elements(page);
      assert.equal(found.length, 2);
      assert.ok(
        found.every(el => el.upgraded && el.shadow && el.auth),
        `mounted again with auth: ${JSON.stringify(found)}`,
      );
      await page
        .locator('auth-user-button')
        .getByRole('button', { name: /Ada Lovelace/ })
        .waitFor();
    });

    await step('a click signs out; the framework delivers auth-sign-out, then auth-signed-out', async () => {
      await page.locator('auth-sign-out-button').getByRole('button', { name: 'Sign out' }).click();
      await page
        .waitForFunction(() => window.harness.events.includes('auth-signed-out'))
        .catch(async error => {
          const got = await page.evaluate(() => [
            window.harness.events,
            window.harness.client.calls.map(({ scope }) => scope),
          ]);
          assert.fail(
            `no auth-signed-out through the framework's binding (events, client calls: ${JSON.stringify(got)}): ${error.message}`,
          );
        });
      const { events, calls, session } = await page.evaluate(() => ({
        events: window.harness.events,
        // What the client received, without the signal.
        calls: window.harness.client.calls.map(({ signal, ...rest }) => (signal instanceof AbortSignal ? rest : null)),
        session: window.harness.client.session,
      }));
      assert.deepEqual(events, ['auth-sign-out', 'auth-signed-out']);
      assert.deepEqual(calls, [{ scope: 'all' }]);
      assert.equal(session, null);
      await page.locator('auth-user-button').getByRole('button').waitFor({ state: 'hidden' });
    });

    await t.test('no console errors, no warnings but the expected ones', () => {
      assert.deepEqual(errors, []);
      for (const text of expected?.warnings ?? []) {
        assert.ok(
          warnings.some(w => w.includes(text)),
          `expected a warning with "${text}": ${warnings.join('; ') || 'none'}`,
        );
      }
      assert.deepEqual(
        warnings.filter(w => !expected?.warnings.some(text => w.includes(text))),
        [],
      );
    });
  });
}
