// The companion elements on real servers, in Chromium, Firefox and WebKit: a signed-out page, its
// <auth-sign-in-button>, the provider's sign-in, and back on the same page signed in with the
// <auth-show> blocks swapped. better-auth: the whole-site demo page (its adapter's signIn gives the
// app's sign-in page, with the page to come back to). OpenID Connect: the OIDC demo page (its
// adapter's signIn gives the authorization request URL; the page completes the code flow when it
// comes back). One server for the file, each browser started once, a new device for each test.
import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { BROWSERS, launchBrowser, until } from './drivers.mjs';
import { ada, OIDC_PAGE, startServer } from './helpers.mjs';

const SITE = '/demo/site.html';

let server;
before(async () => (server = await startServer()));
after(() => server?.close());

/** In the page: whether some text contains `text` and is laid out (a hidden <auth-show> block lays nothing out). */
function isShown(text) {
  const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
  for (let node; (node = walker.nextNode()); )
    if (node.data.includes(text) && node.parentElement.checkVisibility()) return true;
  return false;
}

const shown = (device, text) => device.evaluate(isShown, text);

/** Waits for the page at `origin` + `path` (or a path starting with `path`, with `prefix`). */
const at = (device, origin, path, prefix = false) =>
  device.waitFor(
    ([origin, path, prefix]) =>
      location.origin == origin && (prefix ? location.pathname.startsWith(path) : location.pathname == path),
    [origin, path, prefix],
  );

// Narrow scopes: Firefox answers an accessibility query once per shadow root under the scope.
const heading = name => ({ role: 'heading', name, within: 'main' });

for (const name of BROWSERS) {
  describe(name, () => {
    let browser;
    before(async () => (browser = await launchBrowser(name)));
    after(() => browser?.close());
    /** A device for test `t`, closed when it ends (WebKit's driver runs one session at a time). */
    const newDevice = async t => {
      const device = await browser.newDevice();
      t.after(() => device.close());
      return device;
    };

    test('better-auth: signed-out site → Sign in → back on the site signed in, the blocks swapped', async t => {
      // One account per browser: they share the server.
      const user = { ...ada, email: `ada.${name}@example.com` };
      const menuButton = { role: 'button', name: `Open account menu for ${user.name}`, within: 'header' };
      const page = await newDevice(t);
      await page.goto(server.origin + SITE);
      await page.waitFor(heading('Your field notes, everywhere'));
      assert.equal(await shown(page, 'Welcome back'), false, 'the signed-in block is hidden');
      assert.equal(await page.count({ role: 'button', within: 'header' }), 1, "the header's one button…");
      assert.equal(await page.count({ role: 'button', name: 'Sign in', within: 'header' }), 1, '…is Sign in');

      await page.click({ role: 'button', name: 'Sign in', within: 'main' });
      await at(page, server.origin, '/demo/sign-in.html');
      const next = new URL(await page.url()).searchParams.get('next');
      assert.equal(next, server.origin + SITE, 'the page to come back to');
      await page.fill({ label: 'Name', within: '#sign-up' }, user.name);
      await page.fill({ label: 'Email', within: '#sign-up' }, user.email);
      await page.fill({ label: 'Password', within: '#sign-up' }, user.password);
      await page.click({ role: 'button', name: 'Create account', within: '#sign-up' });

      await at(page, server.origin, SITE);
      await page.waitFor(heading('Welcome back'));
      const email = await page.evaluate(async () => (await (await fetch('/api/auth/get-session')).json())?.user?.email);
      assert.equal(email, user.email, 'signed in on the server');
      assert.equal(await shown(page, 'Your field notes, everywhere'), false, 'the signed-out block is hidden');
      assert.equal(await page.count({ role: 'button', name: 'Sign in' }), 0, 'no sign-in button any more');
      await page.waitFor(menuButton);
      const initials = await page.evaluate(() =>
        document.querySelector('auth-avatar').shadowRoot.querySelector('[part~=avatar]').getAttribute('data-initials'),
      );
      assert.equal(initials, 'AL');

      // Signing out from the account menu swaps them back.
      await page.click(menuButton);
      await page.click({ role: 'menuitem', name: 'Sign out', within: 'header' });
      await page.waitFor(heading('Your field notes, everywhere'));
      assert.equal(await shown(page, 'Welcome back'), false);
      assert.deepEqual(await page.errors(), []);
    });

    test('OpenID Connect: signed-out page → Sign in at the provider → back signed in, the blocks swapped', async t => {
      const page = await newDevice(t);
      await page.goto(server.origin + OIDC_PAGE);
      // This page lays out both blocks until the elements are defined; defined, they show the state's.
      await page.waitFor(() => !!customElements.get('auth-show'));
      await page.waitFor(isShown, 'You are signed out');
      assert.equal(await shown(page, 'You are signed in with the provider'), false);

      // The adapter's signIn builds the authorization request and stores its state; it navigates nowhere.
      const request = await page.evaluate(async () => {
        const back = `${location.href}?from=test`;
        const { redirectTo } = await window.Auth.signIn({ redirectUrl: back, signal: new AbortController().signal });
        const url = new URL(redirectTo);
        const stored = JSON.parse(localStorage.getItem(`oidc.${url.searchParams.get('state')}`));
        return { url: url.origin + url.pathname, params: [...url.searchParams.keys()].sort(), data: stored.data, back };
      });
      assert.equal(request.url, `${server.issuer}/auth`);
      for (const param of ['client_id', 'code_challenge', 'redirect_uri', 'response_type', 'scope', 'state'])
        assert.ok(request.params.includes(param), `the request has ${param}`);
      assert.equal(request.data, request.back, 'the page to come back to is the state');
      assert.equal(new URL(await page.url()).pathname, OIDC_PAGE, 'still here');

      await page.click({ role: 'button', name: 'Sign in', within: 'main' });
      await at(page, server.issuer, '/interaction/', true);
      await page.fill({ label: 'Login' }, 'alice');
      await page.fill({ label: 'Password' }, 'alice-password');
      await page.click({ role: 'button', name: 'Sign in' });

      await at(page, server.origin, OIDC_PAGE);
      await page.waitFor(
        text => [...document.querySelectorAll('[role=status]')].some(el => el.textContent.includes(text)),
        'Signed in as Alice Liddell',
      );
      await page.waitFor(isShown, 'You are signed in with the provider');
      assert.equal(await shown(page, 'You are signed out'), false, 'the signed-out block is hidden');
      assert.equal(await page.evaluate(async () => (await window.oidcManager.getUser()).profile.sub), 'alice');
      assert.equal(await page.url(), server.origin + OIDC_PAGE, 'back on the page the sign-in started from');
      assert.deepEqual(await page.errors(), []);
    });

    test('the page API finds what a user sees, by exact name, and hears page errors', async t => {
      const page = await newDevice(t);
      await page.goto(server.origin + SITE);
      await page.waitFor(heading('Your field notes, everywhere'));
      assert.equal(await page.count({ role: 'button', name: 'Sign in', within: 'main' }), 1, 'in a shadow root');
      assert.equal(await page.count({ role: 'button', name: 'Sign', within: 'main' }), 0, 'the name is exact');
      assert.equal(await page.count({ role: 'link', name: 'Sign in' }), 0, 'the role counts');
      assert.equal(await page.count(heading('Welcome back')), 0, 'a hidden block holds nothing');
      assert.deepEqual(await page.errors(), []);

      await page.evaluate(() => {
        setTimeout(() => {
          throw new Error('thrown by the test');
        });
        Promise.reject(new Error('rejected by the test'));
      });
      const errors = await until(async () => {
        const all = await page.errors();
        return all.length >= 2 && all;
      }, 'two page errors');
      assert.equal(errors.length, 2, errors.join('\n'));
      for (const message of ['thrown by the test', 'rejected by the test'])
        assert.ok(
          errors.some(error => error.startsWith(server.origin + SITE) && error.includes(message)),
          `${message}: ${errors.join('\n')}`,
        );
    });
  });
}
