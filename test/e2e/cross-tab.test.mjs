// Two pages of one browser on the demo's better-auth server: signing out in one tells the other
// (BroadcastChannel), which re-reads the server, re-renders, and dispatches `auth-signed-out` with
// source `other-tab`, within 2 s of the sign-out (both times are taken in the browser).
import { after, before, test } from 'node:test';
import assert from 'node:assert/strict';
import {
  ada,
  currentEmail,
  events,
  grace,
  MENU_PAGE,
  newDevice,
  setUp,
  signUp,
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

const rowIds = async () => (await server.db()).sessions.map(row => row.id).sort();
const trigger = (page, name) => page.getByRole('banner').getByRole('button', { name: `Open account menu for ${name}` });

/** The sign-out recorded in `page` (this tab) and the one `other` received: same target, other-tab, in time. */
async function assertToldOtherTab(page, other, after, expected) {
  const here = await waitForEvent(page, 'auth-signed-out', after.page);
  const there = await waitForEvent(other, 'auth-signed-out', after.other);
  assert.deepEqual(here.detail, { ...expected, redirectUrl: null, source: 'this-tab' });
  assert.deepEqual(there.detail, { ...expected, redirectUrl: null, source: 'other-tab' });
  assert.ok(there.at - here.at < 2000, `the other tab was told within 2 s (took ${there.at - here.at} ms)`);
  assert.equal((await events(other)).slice(after.other).length, 1, 'the other tab got exactly one event');
}

const marks = async (page, other) => ({ page: (await events(page)).length, other: (await events(other)).length });

test('signing out one of two accounts in the menu updates the other page of this browser', async () => {
  const page = await device.newPage();
  await signUp(page, server.origin, ada, MENU_PAGE);
  await signUp(page, server.origin, grace, MENU_PAGE);
  const [adaRow, graceRow] = (await server.db()).sessions.sort((x, y) => x.email.localeCompare(y.email));
  const other = await device.newPage();
  await other.goto(server.origin + '/');
  await other.getByText('Signed in as Grace Hopper — 2 account(s) on this browser').waitFor();

  await trigger(page, grace.name).click();
  const after = await marks(page, other);
  await page.getByRole('banner').getByRole('menuitem', { name: 'Sign out', exact: true }).click();
  await assertToldOtherTab(page, other, after, { sessionId: graceRow.id, scope: 'session' });

  // The other page shows the account that stays, without a reload.
  await other.getByText('Signed in as Ada Lovelace — 1 account(s) on this browser').waitFor();
  assert.equal(await other.getByRole('button', { name: `Sign out ${grace.email}` }).count(), 0);
  assert.deepEqual(await rowIds(), [adaRow.id]);
  assert.equal(await currentEmail(other), ada.email);
  assert.deepEqual(device.errors, []);
  await Promise.all([page.close(), other.close()]);
});

test('signing out every account with a sign-out button shows the other page signed out', async () => {
  const page = await device.newPage();
  await page.goto(server.origin + '/');
  await page.getByText('Signed in as Ada Lovelace — 1 account(s) on this browser').waitFor();
  const other = await device.newPage();
  await other.goto(server.origin + MENU_PAGE);
  await trigger(other, ada.name).waitFor();

  const after = await marks(page, other);
  const section = page.locator('section').filter({ has: page.getByRole('heading', { name: 'Default' }) });
  await section.getByRole('button', { name: 'Sign out', exact: true }).click();
  await assertToldOtherTab(page, other, after, { sessionId: null, scope: 'all' });

  // The other page's user buttons show the signed-out slot, without a reload.
  await other.getByRole('banner').getByRole('link', { name: 'Sign in' }).waitFor();
  assert.equal(await other.getByRole('button', { name: /^Open account menu/ }).count(), 0);
  await page.getByText('Signed out', { exact: true }).waitFor();
  assert.deepEqual(await rowIds(), []);
  assert.deepEqual(device.errors, []);
  await Promise.all([page.close(), other.close()]);
});
