// The classic-script adapter builds (dist/adapters/NAME.iife.js, written by `npm run build`) from a
// plain HTML page in Chromium, without a bundler: `AuthElements.adapters.clerk(window.Clerk)`
// drives the elements of dist/auth-elements.iife.js; the adapter files carry no element.
import { after, before, test } from 'node:test';
import assert from 'node:assert/strict';
import { createServer } from 'node:http';
import { readFile } from 'node:fs/promises';
import { launchChromium } from '../../scripts/chromium.mjs';

const root = new URL('../../dist/', import.meta.url);
const NAMES = ['auth0', 'authjs', 'betterAuth', 'clerk', 'firebase', 'oidc', 'supabase'];

// A `window.Clerk` as a page holds it: loaded, one user, signOut with the callback form.
const CLERK = `
  window.Clerk = {
    loaded: true,
    session: { id: 'sess_1', user: { id: 'user_1', fullName: 'Ada Lovelace', firstName: 'Ada', lastName: 'Lovelace',
      username: 'ada', imageUrl: '', primaryEmailAddress: { emailAddress: 'ada@example.com' },
      getSessions: async () => [] } },
    listeners: new Set(),
    get client() { return { signedInSessions: this.session ? [this.session] : [] }; },
    async signOut(callback) { this.session = null; this.listeners.forEach(l => l({})); await callback(); },
    async setActive() {},
    addListener(listener) { this.listeners.add(listener); return () => this.listeners.delete(listener); },
  };`;

const pages = {
  '/with-elements.html': `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>iife</title>
    <script src="/auth-elements.iife.js"></script>
    ${NAMES.map(name => `<script src="/adapters/${name == 'betterAuth' ? 'better-auth' : name}.iife.js"></script>`).join('')}
    </head><body><div id="menu"></div><script>${CLERK}
      window.Auth = AuthElements.adapters.clerk(window.Clerk);
      Auth.mountUserButton(document.getElementById('menu'), { showName: true });
    </script></body></html>`,
  // The adapter alone: it works as a client, and its mount functions say what is missing.
  '/adapter-only.html': `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>iife</title>
    <script src="/adapters/clerk.iife.js"></script></head><body><script>${CLERK}
      window.Auth = AuthElements.adapters.clerk(window.Clerk);
      try { Auth.mountUserButton(document.body); } catch (error) { window.mountError = error.message; }
    </script></body></html>`,
};

let server;
let origin;
let browser;

before(async () => {
  server = createServer(async (request, response) => {
    const path = new URL(request.url, 'http://x').pathname;
    if (pages[path]) return response.writeHead(200, { 'content-type': 'text/html' }).end(pages[path]);
    try {
      const body = await readFile(new URL(path.slice(1), root));
      response.writeHead(200, { 'content-type': 'text/javascript' }).end(body);
    } catch {
      response.writeHead(404).end();
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

async function open(path) {
  const page = await browser.newPage();
  const errors = [];
  page.on('pageerror', error => errors.push(error.message));
  await page.goto(origin + path);
  return { page, errors };
}

test('every adapter build adds its factory to AuthElements.adapters, loaded after the elements bundle', async () => {
  const { page, errors } = await open('/with-elements.html');
  const found = await page.evaluate(() =>
    Object.keys(window.AuthElements.adapters).filter(name => typeof window.AuthElements.adapters[name] == 'function'),
  );
  assert.deepEqual(found.sort(), NAMES);
  assert.equal(await page.evaluate(() => typeof window.AuthElements.mountUserButton), 'function', 'the elements stay');
  assert.deepEqual(errors, []);
  await page.close();
});

test("window.Auth = AuthElements.adapters.clerk(window.Clerk) drives the user button; signing out ends Clerk's session", async () => {
  const { page, errors } = await open('/with-elements.html');
  const trigger = page.getByRole('button', { name: 'Open account menu for Ada Lovelace' });
  await trigger.click();
  await page.getByRole('menuitem', { name: 'Sign out' }).click();
  await page.waitForFunction(() => window.Clerk.session === null);
  await page.waitForFunction(() => window.Auth.session === null);
  assert.equal(await trigger.count(), 0, 'signed out: no trigger');
  assert.deepEqual(errors, []);
  await page.close();
});

test('an adapter build holds no element, and its mount functions say the elements bundle is missing', async () => {
  const { page, errors } = await open('/adapter-only.html');
  await page.waitForFunction(() => window.Auth.session !== undefined);
  assert.equal(await page.evaluate(() => window.Auth.session.user.name), 'Ada Lovelace');
  assert.equal(await page.evaluate(() => customElements.get('auth-user-button')), undefined);
  assert.match(
    await page.evaluate(() => window.mountError),
    /mountUserButton needs the elements: load dist\/auth-elements\.iife\.js/,
  );
  assert.deepEqual(errors, []);
  await page.close();
});
