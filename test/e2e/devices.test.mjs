// <auth-device-list> and scope `others` on the demo's real better-auth server (multiSession,
// SQLite), in Chromium: three browser contexts are three devices of Ada (this computer, an iPhone
// and a Windows laptop, told apart by their User-Agent, which the server stores and the adapter
// parses). Device A also holds Grace, another account of the same browser. Every step is checked
// in the session table. The tests run in order; each builds on the state the previous one left.
import { after, before, test } from 'node:test';
import assert from 'node:assert/strict';
import {
  ada,
  currentEmail,
  eventTypes,
  events,
  grace,
  newDevice,
  setUp,
  signIn,
  signUp,
  tearDown,
  waitForEvent,
} from './helpers.mjs';

const ACCOUNT_PAGE = '/demo/account.html';
const IPHONE =
  'Mozilla/5.0 (iPhone; CPU iPhone OS 17_5 like Mac OS X) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/17.5 Mobile/15E148 Safari/604.1';
const WINDOWS = 'Mozilla/5.0 (Windows NT 10.0; Win64; x64; rv:128.0) Gecko/20100101 Firefox/128.0';
/** Each device's name as the list shows it. */
const NAMES = { a: 'Chrome on Linux', b: 'Safari on iOS', c: 'Firefox on Windows' };

let server;
let browser;
/** The three devices, each with one page on the account page. */
const devices = {};
/** Session row ids by device (Ada's), and Grace's on device A. */
const rows = {};

before(async () => {
  ({ server, browser } = await setUp());
  devices.a = await newDevice(browser);
  devices.b = await newDevice(browser, { userAgent: IPHONE });
  devices.c = await newDevice(browser, { userAgent: WINDOWS });
  for (const device of Object.values(devices)) device.page = await device.newPage();
});

after(() => tearDown({ server, browser }));

/** Every session row: `{ id, email }`, sorted by id. */
const table = async () =>
  (await server.db()).sessions.map(({ id, email }) => ({ id, email })).sort((x, y) => (x.id < y.id ? -1 : 1));
const ids = async () => (await table()).map(row => row.id);

/** Runs `action`, then returns the id of the one session row it added. */
async function newRow(action) {
  const before = await ids();
  await action();
  const added = (await ids()).filter(id => !before.includes(id));
  assert.equal(added.length, 1, 'one new session row');
  return added[0];
}

const list = key => devices[key].page.locator('auth-device-list');
/** The device names the list of device `key` shows, in order, and which one it calls "This device". */
async function shown(key) {
  const names = await list(key).locator('[part~=device-name]').allTextContents();
  const here = await list(key).locator('[part~=current] [part~=device-name]').allTextContents();
  return { names, here };
}
/** Waits until the list of device `key` shows exactly `expected` (names in any order). */
async function waitForList(key, expected) {
  await devices[key].page.waitForFunction(want => {
    const root = document.querySelector('auth-device-list')?.shadowRoot;
    const names = [...(root?.querySelectorAll('[part~=device-name]') ?? [])].map(node => node.textContent);
    return JSON.stringify(names.sort()) == JSON.stringify([...want].sort());
  }, expected);
}

/** No uncaught exception or unhandled rejection in any page so far. */
const noPageErrors = () =>
  assert.deepEqual(
    Object.values(devices).flatMap(device => device.errors),
    [],
  );

test('three devices: each list shows the other two and "This device"', async () => {
  rows.grace = await newRow(() => signUp(devices.a.page, server.origin, grace, ACCOUNT_PAGE));
  rows.a = await newRow(() => signUp(devices.a.page, server.origin, ada, ACCOUNT_PAGE));
  rows.b = await newRow(() => signIn(devices.b.page, server.origin, ada, ACCOUNT_PAGE));
  rows.c = await newRow(() => signIn(devices.c.page, server.origin, ada, ACCOUNT_PAGE));
  for (const key of ['a', 'b', 'c']) {
    await devices[key].page.reload();
    await waitForList(key, Object.values(NAMES));
    const { names, here } = await shown(key);
    assert.deepEqual(here, [NAMES[key]], `device ${key} knows itself`);
    assert.equal(names[0], NAMES[key], 'this device first');
    await list(key).getByText('This device').waitFor();
  }
  // Grace, signed in on device A too, is no device of Ada's.
  assert.equal((await shown('a')).names.length, 3);
  noPageErrors();
});

test("signing out one device deletes exactly its session row; the other devices' lists update", async () => {
  const { page } = devices.a;
  const mark = (await events(page)).length;
  await list('a')
    .getByRole('button', { name: `Sign out ${NAMES.b}` })
    .click();
  const signedOut = await waitForEvent(page, 'auth-signed-out', mark);
  assert.deepEqual(signedOut.detail, { sessionId: rows.b, scope: 'session', redirectUrl: null, source: 'this-tab' });
  assert.deepEqual(await eventTypes(page, mark), ['auth-sign-out', 'auth-signed-out']);
  assert.deepEqual(await ids(), [rows.a, rows.c, rows.grace].sort(), "only the iPhone's row is gone");
  await waitForList('a', [NAMES.a, NAMES.c]);
  assert.equal(page.url(), server.origin + ACCOUNT_PAGE, 'device A stayed on its page');
  assert.equal(await currentEmail(page), ada.email, 'and signed in as Ada');

  // Device C learns it when its page is shown again (the list reloads on visibilitychange).
  await devices.c.page.evaluate(() => document.dispatchEvent(new Event('visibilitychange')));
  await waitForList('c', [NAMES.a, NAMES.c]);
  // The iPhone is signed out: after a reload its page shows the signed-out state.
  assert.equal(await currentEmail(devices.b.page), null);
  await devices.b.page.reload();
  await devices.b.page.getByRole('banner').getByRole('link', { name: 'Sign in' }).waitFor();
  noPageErrors();
});

test('"Sign out of all other devices" leaves exactly this device\'s row; other accounts here stay', async () => {
  rows.b = await newRow(() => signIn(devices.b.page, server.origin, ada, ACCOUNT_PAGE));
  const { page } = devices.a;
  await page.reload();
  await waitForList('a', Object.values(NAMES));
  const mark = (await events(page)).length;
  await list('a').getByRole('button', { name: 'Sign out of all other devices' }).click();
  const signedOut = await waitForEvent(page, 'auth-signed-out', mark);
  assert.deepEqual(signedOut.detail, { sessionId: null, scope: 'others', redirectUrl: null, source: 'this-tab' });
  assert.deepEqual(
    await table(),
    [
      { id: rows.a, email: ada.email },
      { id: rows.grace, email: grace.email },
    ].sort((x, y) => (x.id < y.id ? -1 : 1)),
    "Ada's row of this device and Grace's (another account of this browser) stay",
  );
  await waitForList('a', [NAMES.a]);
  await list('a').getByText('No other device is signed in.').waitFor();
  assert.equal(await currentEmail(page), ada.email);
  assert.equal(page.url(), server.origin + ACCOUNT_PAGE, 'no navigation');
  for (const key of ['b', 'c']) assert.equal(await currentEmail(devices[key].page), null, `device ${key} signed out`);
  noPageErrors();
});

test('scope="everywhere" still ends every session of Ada; Grace stays and becomes current', async () => {
  rows.c = await newRow(() => signIn(devices.c.page, server.origin, ada, ACCOUNT_PAGE));
  const { page } = devices.a;
  await page.reload();
  await waitForList('a', [NAMES.a, NAMES.c]);
  const mark = (await events(page)).length;
  await page.getByRole('button', { name: 'Sign out everywhere' }).click();
  const signedOut = await waitForEvent(page, 'auth-signed-out', mark);
  assert.equal(signedOut.detail.scope, 'everywhere');
  assert.deepEqual(await ids(), [rows.grace], "every row of Ada is gone; Grace's stays");
  assert.equal(await currentEmail(devices.c.page), null);
  assert.equal(await currentEmail(page), grace.email);
  // The list now shows Grace's only device: this one.
  await waitForList('a', [NAMES.a]);
  noPageErrors();
});
