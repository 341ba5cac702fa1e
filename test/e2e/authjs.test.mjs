// The Auth.js adapter against a real Auth.js server (@auth/express under /auth on the demo server,
// the demo's OpenID Provider as its provider, database sessions in SQLite): the adapter contract,
// then the demo page's sign-out button with the session rows checked on the server and a second
// browser of the same user untouched.
import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { contractCases, contractTests } from './contract-helpers.mjs';
import { events, newDevice, setUp, tearDown, waitForEvent } from './helpers.mjs';

const { server, browser } = await setUp();
after(() => tearDown({ server, browser }));

const PAGE = '/demo/authjs.html';
const alice = { login: 'alice', password: 'alice-password', name: 'Alice Liddell' };

/** Signs in on the Auth.js demo page through the provider's login form; ends back on the page. */
async function signIn(page, { login, password, name } = alice, query = '') {
  await page.goto(server.origin + PAGE + query);
  await page
    .getByRole('status')
    .filter({ hasText: /Signed (in|out)/ })
    .waitFor();
  await page.getByRole('main').getByRole('button', { name: 'Sign in' }).click();
  await page.getByLabel('Login').fill(login);
  await page.getByLabel('Password').fill(password);
  await page.getByRole('button', { name: 'Sign in' }).click();
  await page.waitForURL(url => url.pathname == PAGE);
  await page
    .getByRole('status')
    .filter({ hasText: `Signed in as ${name}` })
    .waitFor();
}

/** Auth.js's session rows (with the user's email), and the users of this browser's rows. */
async function rows(page) {
  return page.evaluate(async () => (await fetch('/__test/authjs')).json());
}

const pageUrl = () => `${server.origin}/test/adapters/contract.html?provider=authjs`;
const names = await contractCases(browser, pageUrl());
describe('authjs adapter: the adapter contract against the real Auth.js server', () => {
  contractTests(browser, pageUrl, names, {
    async signInSessions(page) {
      await signIn(page);
      await page.goto(pageUrl());
      await page.locator('#status', { hasText: 'ready' }).waitFor();
    },
  });
});

describe('authjs adapter: the demo page against the real Auth.js server', () => {
  let here;
  let there;
  before(async () => {
    here = await newDevice(browser);
    there = await newDevice(browser);
  });
  after(async () => {
    await here?.context.close();
    await there?.context.close();
  });

  test("the sign-out button deletes this browser's session row; another browser of the same user stays signed in", async () => {
    const page = await here.newPage();
    const other = await there.newPage();
    await signIn(page);
    await signIn(other);
    const before = await rows(page);
    assert.equal(before.mine.length, 1, 'this browser has a session row');
    assert.equal((await rows(other)).mine.length, 1, 'the other browser too');
    const alices = before.sessions.filter(row => row.email == 'alice@example.com');
    assert.ok(alices.length >= 2, 'two rows for alice');

    const mark = (await events(page)).length;
    await page.getByRole('main').getByRole('button', { name: 'Sign out' }).click();
    const signedOut = await waitForEvent(page, 'auth-signed-out', mark);
    assert.equal(signedOut.detail.scope, 'all');
    await page.getByRole('status').filter({ hasText: 'Signed out' }).waitFor();

    const after = await rows(page);
    assert.deepEqual(after.mine, [], "this browser's row is gone");
    assert.equal(after.sessions.length, before.sessions.length - 1, 'exactly one row was deleted');
    assert.equal((await rows(other)).mine.length, 1, "the other browser's row stays");
    const theirs = await other.evaluate(async () => (await (await fetch('/auth/session')).json())?.user?.email);
    assert.equal(theirs, 'alice@example.com', 'the other browser is still signed in');
    const ours = await page.evaluate(async () => await (await fetch('/auth/session')).json());
    assert.equal(ours, null, 'Auth.js answers no session here');
    assert.deepEqual(here.errors, []);
    assert.deepEqual(there.errors, []);
  });

  test('signed in from a page whose address has ?error=…: the sign-out ends the session and says so', async () => {
    // Auth.js answers /signout with the last sign-in's callbackUrl (its callback-url cookie):
    // this page's address, error parameter included. The session is what counts.
    const device = await newDevice(browser);
    try {
      const page = await device.newPage();
      await signIn(page, alice, '?error=CredentialsSignin');
      assert.equal((await rows(page)).mine.length, 1, 'this browser has a session row');
      const mark = (await events(page)).length;
      await page.getByRole('main').getByRole('button', { name: 'Sign out' }).click();
      await page.waitForFunction(
        after =>
          JSON.parse(sessionStorage.getItem('e2e-events') ?? '[]')
            .slice(after)
            .some(e => e.type == 'auth-signed-out' || e.type == 'auth-sign-out-error'),
        mark,
      );
      const [outcome] = (await events(page)).slice(mark).filter(e => e.type != 'auth-sign-out');
      assert.equal(outcome?.type, 'auth-signed-out', `signed out, not: ${outcome?.error}`);
      await page.getByRole('status').filter({ hasText: 'Signed out' }).waitFor();
      assert.deepEqual((await rows(page)).mine, [], "this browser's row is gone");
      assert.deepEqual(device.errors, []);
    } finally {
      await device.context.close();
    }
  });

  test("another tab signs out as the app does (next-auth/react's broadcast, or none): this tab follows", async () => {
    for (const how of ['broadcast', 'shown again']) {
      const device = await newDevice(browser);
      try {
        const page = await device.newPage();
        await signIn(page);
        const other = await device.newPage();
        await other.goto(server.origin + PAGE);
        // The app's own sign-out, without the elements: Auth.js's form post, then (as
        // next-auth/react's signOut does) a message on BroadcastChannel('next-auth').
        await other.evaluate(async broadcast => {
          const { csrfToken } = await (await fetch('/auth/csrf')).json();
          const body = new URLSearchParams({ csrfToken, callbackUrl: location.href });
          await fetch('/auth/signout', { method: 'POST', body, headers: { 'x-auth-return-redirect': '1' } });
          if (broadcast)
            new BroadcastChannel('next-auth').postMessage({ event: 'session', data: { trigger: 'signout' } });
        }, how == 'broadcast');
        if (how == 'shown again') await page.evaluate(() => document.dispatchEvent(new Event('visibilitychange')));
        await page.getByRole('status').filter({ hasText: 'Signed out' }).waitFor();
        assert.deepEqual((await rows(page)).mine, [], how);
        assert.deepEqual(device.errors, []);
      } finally {
        await device.context.close();
      }
    }
  });

  test("a failing Auth.js server keeps the user signed in and reports Auth.js's answer", async () => {
    // A browser of its own: the first one is still signed in at the provider, which would skip its form.
    const device = await newDevice(browser);
    try {
      await failingServer(device);
    } finally {
      await device.context.close();
    }
  });
});

async function failingServer(device) {
  const page = await device.newPage();
  await signIn(page);
  await server.fault(503);
  try {
    const mark = (await events(page)).length;
    await page.getByRole('main').getByRole('button', { name: 'Sign out' }).click();
    const failed = await waitForEvent(page, 'auth-sign-out-error', mark);
    assert.equal(failed.detail.code, 'failed');
    assert.equal(failed.error, 'authjs /csrf: injected fault 503 (HTTP 503)');
  } finally {
    await server.fault(null);
  }
  assert.equal((await rows(page)).mine.length, 1, 'the session row stays');
  await page.reload();
  await page.getByRole('status').filter({ hasText: 'Signed in as Alice Liddell' }).waitFor();
  assert.deepEqual(device.errors, []);
}
