// The companion elements on real servers, in Chromium: a signed-out page, its <auth-sign-in-button>,
// the provider's sign-in, and back on the same page signed in with the <auth-show> blocks swapped.
// better-auth: the whole-site demo page (its adapter's signIn gives the app's sign-in page, with
// the page to come back to). OpenID Connect: the OIDC demo page (its adapter's signIn gives the
// authorization request URL; the page completes the code flow when it comes back).
import { after, before, test } from 'node:test';
import assert from 'node:assert/strict';
import { ada, currentEmail, newDevice, OIDC_PAGE, openIdLogIn, setUp, tearDown } from './helpers.mjs';

const SITE = '/demo/site.html';

let server;
let browser;

before(async () => ({ server, browser } = await setUp()));
after(() => tearDown({ server, browser }));

/** Whether the text is on screen (a hidden <auth-show> block lays nothing out). */
const shown = (page, text) => page.getByText(text).isVisible();

test('better-auth: signed-out site → Sign in → back on the site signed in, the blocks swapped', async () => {
  const device = await newDevice(browser);
  const page = await device.newPage();
  await page.goto(server.origin + SITE);
  await page.getByRole('heading', { name: 'Your field notes, everywhere' }).waitFor();
  assert.equal(await shown(page, 'Welcome back'), false, 'the signed-in block is hidden');
  assert.equal(await page.getByRole('button', { name: /Open account menu/ }).count(), 0);

  await page.getByRole('main').getByRole('button', { name: 'Sign in' }).click();
  await page.waitForURL(url => url.pathname == '/demo/sign-in.html');
  assert.equal(new URL(page.url()).searchParams.get('next'), server.origin + SITE, 'the page to come back to');
  const form = page.locator('section').filter({ has: page.getByRole('heading', { name: 'Create an account' }) });
  await form.getByLabel('Name').fill(ada.name);
  await form.getByLabel('Email').fill(ada.email);
  await form.getByLabel('Password').fill(ada.password);
  await form.getByRole('button', { name: 'Create account' }).click();

  await page.waitForURL(url => url.pathname == SITE);
  await page.getByRole('heading', { name: 'Welcome back' }).waitFor();
  assert.equal(await currentEmail(page), ada.email, 'signed in on the server');
  assert.equal(await shown(page, 'Your field notes, everywhere'), false, 'the signed-out block is hidden');
  assert.equal(await page.getByRole('button', { name: 'Sign in' }).count(), 0, 'no sign-in button any more');
  await page
    .getByRole('banner')
    .getByRole('button', { name: `Open account menu for ${ada.name}` })
    .waitFor();
  const initials = await page
    .locator('auth-avatar')
    .evaluate(el => el.shadowRoot.querySelector('[part~=avatar]').getAttribute('data-initials'));
  assert.equal(initials, 'AL');

  // Signing out from the account menu swaps them back.
  await page
    .getByRole('banner')
    .getByRole('button', { name: `Open account menu for ${ada.name}` })
    .click();
  await page.getByRole('menuitem', { name: 'Sign out', exact: true }).click();
  await page.getByRole('heading', { name: 'Your field notes, everywhere' }).waitFor();
  assert.equal(await shown(page, 'Welcome back'), false);
  assert.deepEqual(device.errors, []);
});

test('OpenID Connect: signed-out page → Sign in at the provider → back signed in, the blocks swapped', async () => {
  const device = await newDevice(browser);
  const page = await device.newPage();
  await page.goto(server.origin + OIDC_PAGE);
  await page.getByText('You are signed out').waitFor();
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
  for (const name of ['client_id', 'code_challenge', 'redirect_uri', 'response_type', 'scope', 'state'])
    assert.ok(request.params.includes(name), `the request has ${name}`);
  assert.equal(request.data, request.back, 'the page to come back to is the state');
  assert.equal(new URL(page.url()).pathname, OIDC_PAGE, 'still here');

  await page.getByRole('main').getByRole('button', { name: 'Sign in' }).click();
  await page.waitForURL(url => url.origin == server.issuer && url.pathname.startsWith('/interaction/'));
  await page.getByLabel('Login').waitFor();
  await openIdLogIn(page, server, { login: 'alice', password: 'alice-password', name: 'Alice Liddell' });

  await page.getByText('You are signed in with the provider').waitFor();
  assert.equal(await shown(page, 'You are signed out'), false, 'the signed-out block is hidden');
  assert.equal(await page.evaluate(async () => (await window.oidcManager.getUser()).profile.sub), 'alice');
  assert.equal(page.url(), server.origin + OIDC_PAGE, 'back on the page the sign-in started from');
  assert.deepEqual(device.errors, []);
});
