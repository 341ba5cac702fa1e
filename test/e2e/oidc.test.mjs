// The OpenID Connect demo page (oidc-client-ts and the OIDC adapter) against the demo's OpenID
// Provider, in Chromium: sign in with the provider's login form; the sign-out button revokes the
// tokens, passes through the provider's end-session endpoint and comes back; the provider's
// session, grant and tokens are gone, and the next sign-in asks for the password again.
import { after, before, test } from 'node:test';
import assert from 'node:assert/strict';
import {
  events,
  waitForEvent,
  newDevice,
  OIDC_PAGE,
  openIdLogIn,
  providerHolds,
  roundTrip,
  setUp,
  startOpenIdSignIn,
  tearDown,
} from './helpers.mjs';

let server;
let browser;
let device;
let page;

before(async () => {
  ({ server, browser } = await setUp());
  device = await newDevice(browser);
  page = await device.newPage();
});

after(() => tearDown({ server, browser }));

const state = () => page.getByRole('status');
const pageOf = url => new URL(url).origin + new URL(url).pathname;

const alice = { login: 'alice', password: 'alice-password', name: 'Alice Liddell' };
const bob = { login: 'bob', password: 'bob-password', name: 'Bob Dylan' };
const stored = account => providerHolds(server, account);

test('signing in through the provider shows the user; the provider holds a session, a grant and tokens', async () => {
  await page.goto(server.origin + OIDC_PAGE);
  await state().filter({ hasText: 'Signed out' }).waitFor();
  assert.deepEqual(await stored('alice'), {});
  await startOpenIdSignIn(page, server);
  await openIdLogIn(page, server, alice);
  assert.equal(await state().textContent(), 'Signed in as Alice Liddell (alice@example.com)');
  await page.getByRole('banner').getByRole('button', { name: 'Open account menu for Alice Liddell' }).waitFor();

  const held = await stored('alice');
  assert.equal(held.Session, 1, 'one provider session');
  assert.equal(held.Grant, 1, 'one grant');
  assert.ok(held.AccessToken >= 1, 'an access token');
  assert.deepEqual(device.errors, []);
});

test('the sign-out button passes through the end-session endpoint and back; session, grant and tokens are gone', async () => {
  const accessToken = await page.evaluate(async () => (await window.oidcManager.getUser()).access_token);
  const userinfo = () => fetch(server.issuer + '/me', { headers: { authorization: `Bearer ${accessToken}` } });
  assert.equal((await userinfo()).status, 200, 'the access token works before signing out');

  const mark = (await events(page)).length;
  const trip = roundTrip(page, `${server.issuer}/session/end`, server.origin + OIDC_PAGE);
  const [urls] = await Promise.all([
    trip,
    page.getByRole('main').getByRole('button', { name: 'Sign out', exact: true }).click(),
  ]);
  await state().filter({ hasText: 'Signed out' }).waitFor();

  // The page went to the provider's end-session endpoint and straight back.
  const path = urls.map(pageOf);
  assert.equal(path[0], `${server.issuer}/session/end`);
  assert.equal(path.at(-1), server.origin + OIDC_PAGE);
  assert.ok(
    path.slice(1, -1).every(url => url.startsWith(server.issuer + '/session/end')),
    `only the provider's end-session pages in between: ${path.join(' → ')}`,
  );

  // Before leaving, the page reported the sign-out with the end-session URL as its destination.
  const recorded = (await events(page)).slice(mark);
  assert.deepEqual(
    recorded.map(e => e.type),
    ['auth-sign-out', 'auth-signed-out'],
  );
  const signedOut = recorded[1];
  assert.equal(signedOut.detail.scope, 'all');
  assert.equal(signedOut.detail.source, 'this-tab');
  const redirect = new URL(signedOut.detail.redirectUrl);
  assert.equal(redirect.origin + redirect.pathname, `${server.issuer}/session/end`);
  assert.equal(redirect.searchParams.get('post_logout_redirect_uri'), server.origin + OIDC_PAGE);
  assert.ok(redirect.searchParams.get('id_token_hint'), 'the ID token is the hint');

  assert.deepEqual(await stored('alice'), {}, "nothing of alice's is left at the provider");
  assert.equal((await userinfo()).status, 401, 'the access token is dead');
  assert.equal(await page.evaluate(() => window.oidcManager.getUser()), null, 'no user stored in the page');
  await page.getByRole('banner').getByRole('button', { name: 'Sign in' }).waitFor();
  assert.deepEqual(device.errors, []);
});

test('the next sign-in shows the provider login form again', async () => {
  await startOpenIdSignIn(page, server);
  // The form, not a silent return: the provider's session really ended.
  assert.equal(pageOf(page.url()).startsWith(`${server.issuer}/interaction/`), true);
  await openIdLogIn(page, server, bob);
  const held = await stored('bob');
  assert.equal(held.Session, 1);
  assert.deepEqual(await stored('alice'), {});
  assert.deepEqual(device.errors, []);
});

test('finding 2: an OIDC sign-out that times out during token revocation keeps the user and the provider session; a retry signs out completely', async () => {
  assert.equal(await state().textContent(), 'Signed in as Bob Dylan (bob@example.com)');
  // Token revocation answers only after the element has given up (its timeout, 3 s here).
  let revoking;
  const seen = new Promise(resolve => (revoking = resolve));
  let release;
  const released = new Promise(resolve => (release = resolve));
  await page.route(`${server.issuer}/token/revocation`, async route => {
    revoking();
    await released;
    await route.continue();
  });
  // Record how the adapter's own call ends (the element stops listening at its timeout).
  await page.evaluate(() => {
    const auth = window.Auth;
    const signOut = auth.signOut.bind(auth);
    window.adapterCalls = [];
    auth.signOut = options => {
      const call = signOut(options);
      window.adapterCalls.push(
        call.then(
          () => 'resolved',
          error => `rejected: ${error.message}`,
        ),
      );
      return call;
    };
  });
  const button = page.getByRole('main').locator('auth-sign-out-button');
  await button.evaluate(element => element.setAttribute('timeout', '3000'));
  const mark = (await events(page)).length;
  await page.getByRole('main').getByRole('button', { name: 'Sign out', exact: true }).click();
  await seen;
  const failed = await waitForEvent(page, 'auth-sign-out-error', mark);
  assert.equal(failed.detail.code, 'timeout');
  release();
  const [outcome] = await page.evaluate(() => Promise.all(window.adapterCalls));
  await page.unroute(`${server.issuer}/token/revocation`);

  assert.match(outcome, /^rejected: /, 'the late adapter call gave up too');
  assert.ok(await page.evaluate(() => window.oidcManager.getUser()), 'the user is still stored here');
  assert.equal((await stored('bob')).Session, 1, "the provider's session is still there: nothing half-done");
  assert.equal(await state().textContent(), 'Signed in as Bob Dylan (bob@example.com)');

  // The retry does the whole sign-out: through the end-session endpoint and back.
  await button.evaluate(element => element.removeAttribute('timeout'));
  const trip = roundTrip(page, `${server.issuer}/session/end`, server.origin + OIDC_PAGE);
  await Promise.all([trip, page.getByRole('main').getByRole('button', { name: 'Sign out', exact: true }).click()]);
  await state().filter({ hasText: 'Signed out' }).waitFor();
  assert.deepEqual(await stored('bob'), {}, "nothing of bob's is left at the provider");
  assert.deepEqual(device.errors, []);
});

test('signIn: an aborted request leaves no stored state; with DPoP binding the request carries dpop_jkt', async () => {
  await page.goto(server.origin + OIDC_PAGE);
  await page.waitForFunction(() => window.Auth?.session !== undefined);
  const found = await page.evaluate(async () => {
    // The stored sign-in states (not the stored user).
    const states = () =>
      Object.keys(localStorage).filter(key => key.startsWith('oidc.') && !key.startsWith('oidc.user'));
    const before = states();
    const controller = new AbortController();
    const pending = window.Auth.signIn({ redirectUrl: location.href, signal: controller.signal });
    controller.abort();
    const aborted = await pending.then(
      () => 'resolved',
      error => error.name,
    );
    const left = states().filter(key => !before.includes(key));

    // The same adapter over a UserManager whose settings bind the authorization code to a DPoP key.
    const keys = new Map();
    const store = {
      get: async key => keys.get(key),
      set: async (key, value) => void keys.set(key, value),
      remove: async key => (value => (keys.delete(key), value))(keys.get(key)),
      getAllKeys: async () => [...keys.keys()],
    };
    const Manager = window.oidcManager.constructor;
    const manager = new Manager({ ...window.oidcManager.settings, dpop: { bind_authorization_code: true, store } });
    const adapter = new window.Auth.constructor(manager);
    const { redirectTo } = await adapter.signIn({ redirectUrl: location.href, signal: new AbortController().signal });
    const url = new URL(redirectTo);
    localStorage.removeItem(`oidc.${url.searchParams.get('state')}`);
    return { aborted, left, dpopJkt: url.searchParams.get('dpop_jkt'), dpopKeys: keys.size };
  });
  assert.equal(found.aborted, 'AbortError');
  assert.deepEqual(found.left, [], 'no stored state left for a request nobody follows');
  assert.match(found.dpopJkt ?? '', /^[\w-]{43}$/, 'the JWK thumbprint of the DPoP key (base64url SHA-256)');
  assert.equal(found.dpopKeys, 1, 'the DPoP key pair is kept for the token request');
  assert.deepEqual(device.errors, []);
});
