// Finding 3: the other tab's `auth-signed-out` (source `other-tab`) does not depend on which
// channel reaches it first: the elements' BroadcastChannel hint or better-auth's own tab sync
// (a `storage` event). The other page holds one channel back until the test releases it.
import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { ada, events, MENU_PAGE, newDevice, setUp, signIn, signUp, tearDown, waitForEvent } from './helpers.mjs';

let server;
let browser;
let device;

before(async () => {
  ({ server, browser } = await setUp());
  device = await newDevice(browser);
});

after(() => tearDown({ server, browser }));

/**
 * Holds back, in this page, either the elements' hints (`hints`: messages of the
 * `auth-elements` BroadcastChannel) or better-auth's tab sync (`provider`: `storage` events)
 * until `window.releaseHeld()`; `window.heldCount()` says how many wait.
 */
function holdChannel(kind) {
  const held = [];
  let holding = true;
  const hold = run => (holding ? held.push(run) : run());
  window.releaseHeld = () => {
    holding = false;
    for (const run of held.splice(0)) run();
  };
  window.heldCount = () => held.length;
  if (kind == 'hints') {
    const { get, set } = Object.getOwnPropertyDescriptor(BroadcastChannel.prototype, 'onmessage');
    Object.defineProperty(BroadcastChannel.prototype, 'onmessage', {
      configurable: true,
      get,
      set(handler) {
        const own = this.name == 'auth-elements' && typeof handler == 'function';
        set.call(this, own ? event => hold(() => handler.call(this, event)) : handler);
      },
    });
  } else {
    const add = EventTarget.prototype.addEventListener;
    window.addEventListener = function (type, listener, options) {
      if (type != 'storage' || typeof listener != 'function') return add.call(this, type, listener, options);
      return add.call(this, type, event => hold(() => listener.call(this, event)), options);
    };
  }
}

const trigger = (page, name) => page.getByRole('banner').getByRole('button', { name: `Open account menu for ${name}` });
const signInLink = page => page.getByRole('banner').getByRole('link', { name: 'Sign in' });
const otherTabEvents = async page => (await events(page)).filter(e => e.type == 'auth-signed-out');

/** Signs Ada out in `page` through the menu (one account: scope `all`). */
async function signOutThere(page) {
  await trigger(page, ada.name).click();
  await page.getByRole('banner').getByRole('menuitem', { name: 'Sign out', exact: true }).click();
  await waitForEvent(page, 'auth-signed-out');
}

describe('finding 3: the other-tab event does not depend on which channel arrives first', () => {
  test("better-auth's tab sync first, the elements' hint later: one auth-signed-out (other-tab)", async () => {
    const page = await device.newPage();
    await signUp(page, server.origin, ada, MENU_PAGE);
    const other = await device.newPage();
    await other.addInitScript(holdChannel, 'hints');
    await other.goto(server.origin + MENU_PAGE);
    await trigger(other, ada.name).waitFor();

    await signOutThere(page);
    // better-auth's own sync has signed the other page out; the hint is still held.
    await signInLink(other).waitFor();
    await other.waitForFunction(() => window.heldCount() > 0);
    assert.deepEqual(await otherTabEvents(other), []);

    await other.evaluate(() => window.releaseHeld());
    const told = await waitForEvent(other, 'auth-signed-out');
    assert.deepEqual(told.detail, { sessionId: null, scope: 'all', redirectUrl: null, source: 'other-tab' });
    assert.equal((await otherTabEvents(other)).length, 1);
    assert.deepEqual(device.errors, []);
    await Promise.all([page.close(), other.close()]);
  });

  test("the elements' hint first, better-auth's tab sync later: one auth-signed-out (other-tab)", async () => {
    const page = await device.newPage();
    await signIn(page, server.origin, ada, MENU_PAGE);
    const other = await device.newPage();
    await other.addInitScript(holdChannel, 'provider');
    await other.goto(server.origin + MENU_PAGE);
    await trigger(other, ada.name).waitFor();

    await signOutThere(page);
    const told = await waitForEvent(other, 'auth-signed-out');
    assert.deepEqual(told.detail, { sessionId: null, scope: 'all', redirectUrl: null, source: 'other-tab' });
    await signInLink(other).waitFor();
    await other.waitForFunction(() => window.heldCount() > 0);

    // The provider's late sync changes nothing more: still exactly one event.
    await other.evaluate(() => window.releaseHeld());
    await other.evaluate(() => new Promise(resolve => setTimeout(resolve)));
    assert.equal((await otherTabEvents(other)).length, 1);
    assert.deepEqual(device.errors, []);
    await Promise.all([page.close(), other.close()]);
  });
});
