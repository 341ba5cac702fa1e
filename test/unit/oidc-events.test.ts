// The OpenID Connect adapter and what oidc-client-ts does not raise as a change: the provider
// saying the user signed out there (its session monitor keeps the stored user), and another tab
// changing the stored user (its events are raised only in the tab that made the change). The
// real oidc-client-ts, its user kept in memory; the page's `storage` events stood in for.
import { afterEach, beforeEach, mock, test } from 'node:test';
import assert from 'node:assert/strict';
import { InMemoryWebStorage, User, UserManager, WebStorageStateStore } from 'oidc-client-ts';
import { OidcAdapter } from '../../src/adapters/core/oidc.js';

const ISSUER = 'https://accounts.example';
const flush = () => new Promise(resolve => setImmediate(resolve));
/** The adapter's session, read anew (not narrowed by an earlier check). */
const current = (adapter: OidcAdapter) => adapter.session;
const page = new EventTarget();

beforeEach(() => {
  // oidc-client-ts's expiry timers would keep the process alive for the token's hour.
  mock.timers.enable({ apis: ['setInterval', 'setTimeout'] });
  Object.assign(globalThis, {
    addEventListener: page.addEventListener.bind(page),
    removeEventListener: page.removeEventListener.bind(page),
  });
});
afterEach(() => {
  mock.timers.reset();
  delete (globalThis as { addEventListener?: unknown }).addEventListener;
  delete (globalThis as { removeEventListener?: unknown }).removeEventListener;
});

function manager(store = new InMemoryWebStorage()) {
  return new UserManager({
    authority: ISSUER,
    client_id: 'app',
    redirect_uri: 'https://app.example/callback',
    automaticSilentRenew: false,
    userStore: new WebStorageStateStore({ store }),
    metadata: { issuer: ISSUER, authorization_endpoint: `${ISSUER}/auth`, token_endpoint: `${ISSUER}/token` },
  });
}

const user = (sub: string) => {
  const now = Math.floor(Date.now() / 1000);
  return new User({
    id_token: 'id-token',
    access_token: 'access-token',
    token_type: 'Bearer',
    profile: { iss: ISSUER, sub, aud: 'app', exp: now + 3600, iat: now, sid: `sid-${sub}` },
    expires_at: now + 3600,
  });
};

/** A `storage` event as another tab's write of `key` raises it. */
const storageEvent = (key: string | null) => Object.assign(new Event('storage'), { key });

test("the provider's userSignedOut signs the page out, though oidc-client-ts keeps the user; a loaded user signs it in", async () => {
  const users = manager();
  await users.storeUser(user('ada'));
  const adapter = new OidcAdapter(users);
  await adapter.ready;
  let heard = 0;
  const off = adapter.addListener(() => heard++);
  try {
    await (users.events as unknown as { _raiseUserSignedOut(): Promise<void> })._raiseUserSignedOut();
    await flush();
    assert.ok(await users.getUser(), 'oidc-client-ts still holds the user');
    assert.equal(adapter.session, null);
    assert.equal(heard, 1);
    await users.events.load(user('ada')); // signed in again (a silent renewal, a redirect callback)
    await flush();
    assert.equal(current(adapter)?.id, 'sid-ada');
  } finally {
    off();
  }
});

test("another tab's change of the stored user is read; other keys are not", async () => {
  const store = new InMemoryWebStorage();
  const users = manager(store);
  const adapter = new OidcAdapter(users);
  await adapter.ready;
  assert.equal(adapter.session, null);
  let heard = 0;
  const off = adapter.addListener(() => heard++);
  try {
    // Another tab signed in: its UserManager wrote the user into the shared store.
    await manager(store).storeUser(user('grace'));
    page.dispatchEvent(storageEvent('some-other-key'));
    await flush();
    assert.equal(adapter.session, null, 'an unrelated key is no change');
    page.dispatchEvent(storageEvent(`oidc.user:${ISSUER}:app`));
    await flush();
    assert.equal(current(adapter)?.id, 'sid-grace');
    await manager(store).removeUser(); // and signed out again
    page.dispatchEvent(storageEvent(null)); // (or cleared the storage)
    await flush();
    assert.equal(adapter.session, null);
    assert.equal(heard, 2);
  } finally {
    off();
  }
  page.dispatchEvent(storageEvent(`oidc.user:${ISSUER}:app`));
  await flush();
  assert.equal(heard, 2, 'not listened to once the last listener left');
});
