// The built CDN bundles (dist/auth-elements.js and .iife.js, and a locale file) loaded by plain
// <script> tags in a page with no bundler, in real Chromium: the tags are defined and upgrade,
// a click signs out through a hand-written window.Auth, the classic script exposes
// window.AuthElements (mountUserButton works), the locale applies, nothing is logged as an
// error, and Lit runs its production build. Runs after `npm run build`.
import { createServer } from 'node:http';
import { readFile } from 'node:fs/promises';
import { extname, join, normalize } from 'node:path';
import { after, before, test } from 'node:test';
import assert from 'node:assert/strict';
import { launchChromium } from '../../scripts/chromium.mjs';

const root = new URL('../..', import.meta.url).pathname;
const TYPES = { '.html': 'text/html; charset=utf-8', '.js': 'text/javascript', '.map': 'application/json' };
let server;
let origin;
let browser;

before(async () => {
  server = createServer(async (req, res) => {
    const path = normalize(decodeURIComponent(new URL(req.url, 'http://x').pathname));
    const file = join(root, path);
    if (!file.startsWith(root)) return res.writeHead(403).end();
    try {
      const body = await readFile(file);
      res.writeHead(200, { 'content-type': TYPES[extname(file)] ?? 'application/octet-stream' }).end(body);
    } catch {
      res.writeHead(404).end();
    }
  });
  await new Promise(resolve => server.listen(0, '127.0.0.1', resolve));
  origin = `http://127.0.0.1:${server.address().port}`;
  browser = await launchChromium();
});

after(async () => {
  await browser?.close();
  await new Promise(resolve => server?.close(resolve));
});

for (const kind of ['esm', 'iife']) {
  test(`${kind} bundle: defines and upgrades the tags, signs out through window.Auth, applies a locale`, async () => {
    const page = await browser.newPage();
    const problems = [];
    page.on('pageerror', error => problems.push(error.message));
    page.on('console', message => ['error', 'warning'].includes(message.type()) && problems.push(message.text()));
    try {
      await page.goto(`${origin}/test/node/fixtures/${kind}.html`);
      await page.waitForFunction(
        () => customElements.get('auth-sign-out-button') && customElements.get('auth-user-button'),
      );
      assert.equal(await page.evaluate(() => !!globalThis.litIssuedWarnings), false, 'Lit dev build bundled');

      const de = page.locator('#de').getByRole('button');
      await de.getByText('Abmelden').waitFor({ timeout: 5000 });
      await page.getByRole('button', { name: 'Open account menu for Ada Lovelace' }).waitFor({ timeout: 5000 });

      const signedOut = page.evaluate(
        () => new Promise(resolve => addEventListener('auth-signed-out', e => resolve(e.detail), { once: true })),
      );
      await page.getByRole('button', { name: 'Sign out', exact: true }).click();
      const detail = await signedOut;
      assert.deepEqual(detail, { sessionId: null, scope: 'all', redirectUrl: null, source: 'this-tab' });
      assert.deepEqual(await page.evaluate(() => window.calls), ['all']);

      if (kind === 'iife') {
        const api = await page.evaluate(() => Object.keys(window.AuthElements ?? {}).sort());
        for (const name of [
          'AuthSignOutButton',
          'AuthUserButton',
          'mountUserButton',
          'mountSignOutButton',
          'AuthShow',
          'AuthSignInButton',
          'AuthAvatar',
          'mountSignInButton',
          'mountUserAvatar',
          'setAuth',
          'setStrings',
        ]) {
          assert.ok(api.includes(name), `window.AuthElements.${name}`);
        }
        const mounted = await page.evaluate(() => {
          const box = document.body.appendChild(document.createElement('div'));
          window.Auth = {
            session: { id: 's2', user: { id: 'u2', name: 'Grace Hopper' } },
            signOut: async () => {},
          };
          return window.AuthElements.mountUserButton(box, { showName: true }).element.localName;
        });
        assert.equal(mounted, 'auth-user-button');
        await page
          .getByRole('button', { name: 'Open account menu for Grace Hopper' })
          .first()
          .waitFor({ timeout: 5000 });
      }
      assert.deepEqual(problems, []);
    } finally {
      await page.close();
    }
  });
}

test('the classic-script bundle is ASCII: a page that is not UTF-8 still shows "Signing out…" right', async () => {
  const code = await readFile(join(root, 'dist/auth-elements.iife.js'), 'utf8');
  assert.equal(/[^\0-\x7f]/.test(code), false);
  assert.ok(code.includes('\\u2026'), 'the ellipsis is escaped');
});
