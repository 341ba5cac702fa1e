// Sign-out when the server is not there or refuses: the click ends in `auth-sign-out-error`, the
// elements recover (not busy, still showing who is signed in, usable), the database (or the
// OpenID Provider's store) is exactly as before, and once the server is back the same click signs
// out exactly what it should.
import { after, before, test } from 'node:test';
import assert from 'node:assert/strict';
import {
  ada,
  currentEmail,
  events,
  eventTypes,
  grace,
  MENU_PAGE,
  newDevice,
  OIDC_PAGE,
  openIdLogIn,
  providerHolds,
  roundTrip,
  setUp,
  signIn,
  signUp,
  startOpenIdSignIn,
  tearDown,
  waitForEvent,
} from './helpers.mjs';

let server;
let browser;
let device;

before(async () => {
  ({ server, browser } = await setUp());
  device = await newDevice(browser);
});

after(() => tearDown({ server, browser }));

/** The session rows, as `email id token` lines, sorted: any change to any row shows. */
const snapshot = async () => (await server.db()).sessions.map(row => `${row.email} ${row.id} ${row.token}`).sort();

const rowOf = async email => (await server.db()).sessions.find(row => row.email == email);

/** Not busy by every sign: attribute, state and ARIA. */
async function assertNotBusy(element) {
  assert.deepEqual(
    await element.evaluate(el => ({
      busy: el.busy,
      attribute: el.hasAttribute('busy'),
      ariaBusy: el.ariaBusy,
      state: el.matches(':state(busy)'),
    })),
    { busy: false, attribute: false, ariaBusy: null, state: false },
  );
}

test('server stopped before a click on a session-id button: an error event, the button recovers, then the same click succeeds', async () => {
  const page = await device.newPage();
  await signUp(page, server.origin, ada, '/');
  await signUp(page, server.origin, grace, '/');
  await page.getByText('Signed in as Grace Hopper — 2 account(s) on this browser').waitFor();
  const graceRow = await rowOf(grace.email);
  const adaRow = await rowOf(ada.email);
  const rows = await snapshot();
  const button = page.getByRole('button', { name: `Sign out ${grace.email}` });
  const host = page.locator('auth-sign-out-button', { has: page.getByText(`Sign out ${grace.email}`) });

  await server.stop();
  let mark = (await events(page)).length;
  await button.click();
  const failed = await waitForEvent(page, 'auth-sign-out-error', mark);
  assert.deepEqual(failed.detail, { code: 'failed', sessionId: graceRow.id, scope: 'session' });
  assert.ok(failed.error, 'the event carries the error');
  assert.deepEqual(await eventTypes(page, mark), ['auth-sign-out', 'auth-sign-out-error']);

  // The button is usable again and the page still shows both accounts.
  await assertNotBusy(host);
  assert.equal(await button.isEnabled(), true);
  assert.equal(await button.getAttribute('aria-disabled'), null);
  await page.getByText('Signed in as Grace Hopper — 2 account(s) on this browser').waitFor();

  await server.start();
  assert.deepEqual(await snapshot(), rows, 'the database is exactly as before');
  assert.equal(await currentEmail(page), grace.email);

  mark = (await events(page)).length;
  await button.click();
  const signedOut = await waitForEvent(page, 'auth-signed-out', mark);
  assert.deepEqual(signedOut.detail, {
    sessionId: graceRow.id,
    scope: 'session',
    redirectUrl: null,
    source: 'this-tab',
  });
  assert.deepEqual(await eventTypes(page, mark), ['auth-sign-out', 'auth-signed-out']);
  assert.deepEqual(
    (await server.db()).sessions.map(row => row.id),
    [adaRow.id],
    'exactly the one session is gone',
  );
  await page.getByText('Signed in as Ada Lovelace — 1 account(s) on this browser').waitFor();
  assert.equal(await currentEmail(page), ada.email);
  assert.deepEqual(device.errors, []);
  await page.close();
});

test('the server answering 503: "Sign out of all accounts" fails, the menu recovers, then the same click succeeds', async () => {
  const page = await device.newPage();
  await signIn(page, server.origin, grace, MENU_PAGE);
  const banner = page.getByRole('banner');
  const trigger = banner.getByRole('button', { name: `Open account menu for ${grace.name}` });
  const host = page.locator('#menu');
  const signOutAll = banner.getByRole('menuitem', { name: 'Sign out of all accounts' });
  await trigger.waitFor();
  const rows = await snapshot();
  assert.deepEqual(
    rows.map(row => row.split(' ')[0]),
    [ada.email, grace.email],
  );

  await server.fault(503);
  await trigger.click();
  let mark = (await events(page)).length;
  await signOutAll.click();
  const failed = await waitForEvent(page, 'auth-sign-out-error', mark);
  assert.deepEqual(failed.detail, { code: 'failed', sessionId: null, scope: 'all' });
  assert.match(failed.error, /503/, 'the error names the HTTP status');
  assert.deepEqual(await eventTypes(page, mark), ['auth-sign-out', 'auth-sign-out-error']);

  // The menu closed, the user button still shows Grace and is usable again.
  await banner.getByRole('menu').waitFor({ state: 'hidden' });
  await assertNotBusy(host);
  assert.equal(await trigger.getAttribute('aria-expanded'), 'false');
  await server.fault();
  assert.deepEqual(await snapshot(), rows, 'the database is exactly as before');

  await trigger.click();
  assert.equal(await signOutAll.getAttribute('aria-disabled'), null);
  mark = (await events(page)).length;
  await signOutAll.click();
  const signedOut = await waitForEvent(page, 'auth-signed-out', mark);
  assert.deepEqual(signedOut.detail, { sessionId: null, scope: 'all', redirectUrl: null, source: 'this-tab' });
  assert.deepEqual(await eventTypes(page, mark), ['auth-sign-out', 'auth-signed-out']);
  assert.deepEqual(await snapshot(), [], 'no session row is left');
  await banner.getByRole('link', { name: 'Sign in' }).waitFor();
  assert.equal(await currentEmail(page), null);
  assert.deepEqual(device.errors, []);
  await page.close();
});

test('the OpenID Provider failing: the sign-out fails before anything is removed; afterwards the same click succeeds', async () => {
  const page = await device.newPage();
  const alice = { login: 'alice', password: 'alice-password', name: 'Alice Liddell' };
  await page.goto(server.origin + OIDC_PAGE);
  await page.getByRole('status').filter({ hasText: 'Signed out' }).waitFor();
  await startOpenIdSignIn(page, server);
  await openIdLogIn(page, server, alice);
  const held = await providerHolds(server, 'alice');
  const user = () => page.evaluate(async () => (await window.oidcManager.getUser())?.access_token ?? null);
  const accessToken = await user();
  const userinfo = () => fetch(`${server.issuer}/me`, { headers: { authorization: `Bearer ${accessToken}` } });
  const button = page.getByRole('main').getByRole('button', { name: 'Sign out', exact: true });
  const host = page.getByRole('main').locator('auth-sign-out-button');

  await server.providerFault(503);
  let mark = (await events(page)).length;
  await button.click();
  const failed = await waitForEvent(page, 'auth-sign-out-error', mark);
  assert.deepEqual(failed.detail, { code: 'failed', sessionId: null, scope: 'all' });
  assert.match(failed.error, /injected fault 503/, "the provider's answer is the error");
  assert.deepEqual(await eventTypes(page, mark), ['auth-sign-out', 'auth-sign-out-error']);

  // Still on the page, still signed in here and at the provider, the button usable again.
  assert.equal(new URL(page.url()).pathname, OIDC_PAGE);
  await assertNotBusy(host);
  assert.equal(await button.isEnabled(), true);
  assert.equal(await page.getByRole('status').textContent(), 'Signed in as Alice Liddell (alice@example.com)');
  assert.equal(await user(), accessToken, 'the user and its tokens are still stored in the page');
  await server.providerFault();
  assert.deepEqual(await providerHolds(server, 'alice'), held, "the provider's session, grant and tokens are intact");
  assert.equal((await userinfo()).status, 200, 'the access token still works');

  mark = (await events(page)).length;
  await Promise.all([roundTrip(page, `${server.issuer}/session/end`, server.origin + OIDC_PAGE), button.click()]);
  assert.deepEqual(await eventTypes(page, mark), ['auth-sign-out', 'auth-signed-out']);
  await page.getByRole('status').filter({ hasText: 'Signed out' }).waitFor();
  assert.deepEqual(await providerHolds(server, 'alice'), {}, 'nothing of alice is left at the provider');
  assert.equal((await userinfo()).status, 401);
  assert.deepEqual(device.errors, []);
  await page.close();
});
