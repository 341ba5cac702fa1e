// The elements on the demo's real better-auth server (multiSession, SQLite), in Chromium: two
// accounts in one browser, switching, signing out one session (a session-id button and the menu),
// every session of this browser, and every device, and a current session the multiSession plugin
// keeps no cookie of. Each step is checked in the database. A second
// browser context is another device: it keeps its own session until scope="everywhere" ends it.
// The tests run in order; each builds on the state the previous one left.
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
  setUp,
  signIn,
  signUp,
  tearDown,
  waitForEvent,
} from './helpers.mjs';

const EVERYWHERE_PAGE = '/test/e2e/fixtures/everywhere.html';

let server;
let browser;
/** This browser (device A) and another device (B), each with one open page. */
let a;
let b;
let page;
let otherPage;
/** Session row ids: `sessions.ada` is this browser's latest row of Ada, `sessions.other` device B's. */
const sessions = {};

before(async () => {
  ({ server, browser } = await setUp());
  a = await newDevice(browser);
  b = await newDevice(browser);
  page = await a.newPage();
  otherPage = await b.newPage();
});

after(() => tearDown({ server, browser }));

/** The ids of every session row, sorted. */
const rowIds = async () => (await server.db()).sessions.map(row => row.id).sort();

/** Runs `action`, then returns the one session row it added. */
async function newRow(action) {
  const before = await rowIds();
  await action();
  const added = (await server.db()).sessions.filter(row => !before.includes(row.id));
  assert.equal(added.length, 1, 'one new session row');
  return added[0];
}

const header = (p = page) => p.getByRole('banner');
const trigger = (name, p = page) => header(p).getByRole('button', { name: `Open account menu for ${name}` });

/** Opens the header's account menu (showing `name` as current) and returns the menu. */
async function openMenu(name) {
  await trigger(name).click();
  const menu = header().getByRole('menu');
  await menu.waitFor();
  return menu;
}

/** Device B: its row is still there, and its page (reloaded) and the server still say Ada. */
async function otherDeviceStillSignedIn() {
  assert.ok((await rowIds()).includes(sessions.other), "the other device's session row remains");
  await otherPage.reload();
  await trigger(ada.name, otherPage).waitFor();
  assert.equal(await currentEmail(otherPage), ada.email);
}

/** No uncaught exception or unhandled rejection in any page so far. */
function noPageErrors() {
  assert.deepEqual([...a.errors, ...b.errors], []);
}

test('two accounts signed up in one browser are both listed by the user button', async () => {
  sessions.ada = (await newRow(() => signUp(page, server.origin, ada, MENU_PAGE))).id;
  await trigger(ada.name).waitFor();
  sessions.grace = (await newRow(() => signUp(page, server.origin, grace, MENU_PAGE))).id;
  // Another device signs Ada in: a row of its own, and Ada's row of this browser stays.
  sessions.other = (await newRow(() => signIn(otherPage, server.origin, ada, MENU_PAGE))).id;
  await trigger(ada.name, otherPage).waitFor();
  assert.deepEqual(await rowIds(), [sessions.ada, sessions.grace, sessions.other].sort());

  // The last sign-in is current; the menu shows it in its header and lists the other account.
  const menu = await openMenu(grace.name);
  await header().getByText(grace.email).waitFor();
  const others = menu.getByRole('group', { name: 'Other accounts' }).getByRole('menuitem');
  assert.equal(await others.count(), 1);
  assert.match(await others.first().textContent(), /Ada Lovelace.*ada@example\.com/);
  for (const name of ['Add account', 'Sign out', 'Sign out of all accounts']) {
    await menu.getByRole('menuitem', { name, exact: true }).waitFor();
  }
  noPageErrors();
});

test('the session tokens (credentials) stay off the public client object', async () => {
  const tokens = (await server.db()).sessions.map(row => row.token);
  assert.ok(tokens.length >= 2, 'tokens to look for');
  // Everything a page script can reach on window.Auth's session data, as text.
  const exposed = await page.evaluate(() => JSON.stringify([window.Auth.session, window.Auth.sessions]));
  assert.match(exposed, /Grace Hopper/, 'the session data was read');
  for (const token of tokens) assert.ok(!exposed.includes(token), 'a session token is readable on window.Auth');
});

test('choosing the other account in the menu makes it current, on the server too', async () => {
  const mark = (await events(page)).length;
  await header().getByRole('menu').getByRole('menuitem', { name: ada.name }).click();
  const switched = await waitForEvent(page, 'auth-session-switched', mark);
  assert.equal(switched.detail.sessionId, sessions.ada);
  await trigger(ada.name).waitFor();
  assert.equal(await currentEmail(page), ada.email);
  assert.deepEqual(await rowIds(), [sessions.ada, sessions.grace, sessions.other].sort(), 'no row added or removed');
  noPageErrors();
});

test('a profile change better-auth reports (here when the tab is shown again) reaches the user button', async () => {
  // The account changed elsewhere (another tab, the server): better-auth re-reads its session
  // when the page becomes visible, and the adapter passes a changed user on, same session id.
  const image = 'data:image/gif;base64,R0lGODlhAQABAIAAAAAAAP///ywAAAAAAQABAAACAUwAOw==';
  const status = await page.evaluate(
    async image =>
      (
        await fetch('/api/auth/update-user', {
          method: 'POST',
          headers: { 'content-type': 'application/json' },
          body: JSON.stringify({ image }),
        })
      ).status,
    image,
  );
  assert.equal(status, 200);
  await page.evaluate(() => document.dispatchEvent(new Event('visibilitychange')));
  const avatar = trigger(ada.name).locator('img');
  await avatar.waitFor();
  assert.equal(await avatar.getAttribute('src'), image);
  noPageErrors();
});

test('a sign-out button with session-id removes exactly that session; the other account becomes current', async () => {
  await page.goto(server.origin + '/');
  await page.getByText('Signed in as Ada Lovelace — 2 account(s) on this browser').waitFor();
  const mark = (await events(page)).length;
  await page.getByRole('button', { name: `Sign out ${ada.email}` }).click();
  const signedOut = await waitForEvent(page, 'auth-signed-out', mark);
  assert.deepEqual(signedOut.detail, {
    sessionId: sessions.ada,
    scope: 'session',
    redirectUrl: null,
    source: 'this-tab',
  });
  assert.deepEqual(await eventTypes(page, mark), ['auth-sign-out', 'auth-signed-out']);

  assert.deepEqual(await rowIds(), [sessions.grace, sessions.other].sort(), "only this browser's Ada row is gone");
  await page.getByText('Signed in as Grace Hopper — 1 account(s) on this browser').waitFor();
  assert.equal(await currentEmail(page), grace.email);
  assert.equal(await page.getByRole('button', { name: `Sign out ${ada.email}` }).count(), 0);
  await otherDeviceStillSignedIn();
  noPageErrors();
});

test('the menu\'s "Sign out" removes the current session only; the other account becomes current', async () => {
  sessions.ada = (await newRow(() => signIn(page, server.origin, ada, MENU_PAGE))).id;
  assert.deepEqual(await rowIds(), [sessions.ada, sessions.grace, sessions.other].sort());
  const menu = await openMenu(ada.name);
  const mark = (await events(page)).length;
  await menu.getByRole('menuitem', { name: 'Sign out', exact: true }).click();
  const signedOut = await waitForEvent(page, 'auth-signed-out', mark);
  assert.deepEqual(signedOut.detail, {
    sessionId: sessions.ada,
    scope: 'session',
    redirectUrl: null,
    source: 'this-tab',
  });
  assert.deepEqual(await eventTypes(page, mark), ['auth-sign-out', 'auth-signed-out']);

  assert.deepEqual(await rowIds(), [sessions.grace, sessions.other].sort(), "only this browser's Ada row is gone");
  await trigger(grace.name).waitFor();
  assert.equal(await currentEmail(page), grace.email);
  await otherDeviceStillSignedIn();
  noPageErrors();
});

test('"Sign out of all accounts" leaves no session of this browser, and the elements show signed out', async () => {
  sessions.ada = (await newRow(() => signIn(page, server.origin, ada, MENU_PAGE))).id;
  const menu = await openMenu(ada.name);
  const mark = (await events(page)).length;
  await menu.getByRole('menuitem', { name: 'Sign out of all accounts' }).click();
  const signedOut = await waitForEvent(page, 'auth-signed-out', mark);
  assert.deepEqual(signedOut.detail, { sessionId: null, scope: 'all', redirectUrl: null, source: 'this-tab' });
  assert.deepEqual(await eventTypes(page, mark), ['auth-sign-out', 'auth-signed-out']);

  assert.deepEqual(await rowIds(), [sessions.other], 'only the other device keeps a row');
  await header().getByRole('link', { name: 'Sign in' }).waitFor();
  assert.equal(
    await page.getByRole('button', { name: /^Open account menu/ }).count(),
    0,
    'no user button shows a user',
  );
  assert.equal(await currentEmail(page), null);
  // Still signed out after a reload: the cookies are gone too.
  await page.reload();
  await header().getByRole('link', { name: 'Sign in' }).waitFor();
  assert.equal(await page.getByRole('button', { name: /^Open account menu/ }).count(), 0);
  await otherDeviceStillSignedIn();
  noPageErrors();
});

test('scope="everywhere" ends the user\'s sessions on the other device too; other accounts here stay', async () => {
  sessions.grace = (await newRow(() => signIn(page, server.origin, grace, EVERYWHERE_PAGE))).id;
  sessions.ada = (await newRow(() => signIn(page, server.origin, ada, EVERYWHERE_PAGE))).id;
  await trigger(ada.name).waitFor();
  assert.deepEqual(await rowIds(), [sessions.ada, sessions.grace, sessions.other].sort());

  const mark = (await events(page)).length;
  await page.getByRole('button', { name: 'Sign out everywhere' }).click();
  const signedOut = await waitForEvent(page, 'auth-signed-out', mark);
  assert.deepEqual(signedOut.detail, { sessionId: null, scope: 'everywhere', redirectUrl: null, source: 'this-tab' });
  assert.deepEqual(await eventTypes(page, mark), ['auth-sign-out', 'auth-signed-out']);
  assert.deepEqual(await rowIds(), [sessions.grace], "every Ada row is gone, the other device's too; Grace's stays");

  // The other device is signed out: after a reload its user button shows the signed-out slot.
  assert.equal(await currentEmail(otherPage), null);
  await otherPage.reload();
  await header(otherPage).getByRole('link', { name: 'Sign in' }).waitFor();
  assert.equal(await otherPage.getByRole('button', { name: /^Open account menu/ }).count(), 0);

  // Grace, still signed in on this browser, became current before the sign-out was reported.
  assert.equal(await currentEmail(page), grace.email, 'the server has Grace as current');
  await trigger(grace.name).waitFor();
  noPageErrors();
});

test('a current session the multiSession plugin keeps no cookie of (over maximumSessions) is listed and signed out alone', async () => {
  // A third browser: five accounts fill the plugin's maximumSessions (5), so Ada's sign-in after
  // them gets better-auth's session cookie but none of the plugin's.
  const c = await newDevice(browser);
  const third = await c.newPage();
  const crowd = [1, 2, 3, 4, 5].map(n => ({
    name: `User ${n}`,
    email: `user${n}@example.com`,
    password: `user-password-${n}`,
  }));
  const rows = [];
  for (const user of crowd) rows.push((await newRow(() => signUp(third, server.origin, user, MENU_PAGE))).id);
  const ada3 = (await newRow(() => signIn(third, server.origin, ada, MENU_PAGE))).id;
  assert.equal(await currentEmail(third), ada.email);

  await trigger(ada.name, third).click();
  const menu = header(third).getByRole('menu');
  await menu.waitFor();
  assert.equal(await menu.getByRole('group', { name: 'Other accounts' }).getByRole('menuitem').count(), 5);
  const mark = (await events(third)).length;
  await menu.getByRole('menuitem', { name: 'Sign out', exact: true }).click();
  const signedOut = await waitForEvent(third, 'auth-signed-out', mark);
  assert.deepEqual(signedOut.detail, { sessionId: ada3, scope: 'session', redirectUrl: null, source: 'this-tab' });
  assert.deepEqual(await eventTypes(third, mark), ['auth-sign-out', 'auth-signed-out']);

  const left = await rowIds();
  assert.ok(!left.includes(ada3), "this browser's Ada row is gone");
  for (const row of rows) assert.ok(left.includes(row), 'the five other accounts stay');
  // One of them became current, on the server and in the user button.
  const email = await currentEmail(third);
  assert.ok(
    crowd.some(user => user.email == email),
    `another account is current (${email})`,
  );
  const { name } = crowd.find(user => user.email == email);
  await trigger(name, third).waitFor();
  assert.deepEqual(c.errors, []);
  await c.context.close();
});
