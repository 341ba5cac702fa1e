// The OpenID Connect adapter and an access token that expires: a stored user past its expiry is
// signed out, and a signed-in page turns signed out when the token expires unrenewed, once (each
// later getUser() of the expired user raises the expiry again). The real oidc-client-ts, its user
// kept in memory, its timers and clock mocked.
import { afterEach, beforeEach, mock, test } from 'node:test';
import assert from 'node:assert/strict';
import { InMemoryWebStorage, User, UserManager, WebStorageStateStore } from 'oidc-client-ts';
import { OidcAdapter } from '../../src/adapters/core/oidc.js';

const ISSUER = 'https://accounts.example';
const flush = () => new Promise(resolve => setImmediate(resolve));

beforeEach(() => mock.timers.enable({ apis: ['setInterval', 'Date'], now: Date.UTC(2026, 11, 3) }));
afterEach(() => mock.timers.reset());

/** A UserManager holding Ada, whose access token expires `seconds` from now (negative: it has). */
async function storedUser(seconds: number) {
  const users = new UserManager({
    authority: ISSUER,
    client_id: 'app',
    redirect_uri: 'https://app.example/callback',
    automaticSilentRenew: false,
    userStore: new WebStorageStateStore({ store: new InMemoryWebStorage() }),
    metadata: { issuer: ISSUER, authorization_endpoint: `${ISSUER}/auth`, token_endpoint: `${ISSUER}/token` },
  });
  const now = Math.floor(Date.now() / 1000);
  await users.storeUser(
    new User({
      id_token: 'id-token',
      access_token: 'access-token',
      token_type: 'Bearer',
      profile: { iss: ISSUER, sub: 'ada', aud: 'app', exp: now + 3600, iat: now, sid: 'sid-1' },
      expires_at: now + seconds,
    }),
  );
  return users;
}

test('a stored user whose access token has expired reads as signed out', async () => {
  const adapter = new OidcAdapter(await storedUser(-60));
  await adapter.ready;
  assert.equal(adapter.session, null);
  assert.deepEqual(adapter.sessions, []);
});

test('a stored user without an expiry reads as signed in', async () => {
  const users = await storedUser(60);
  const user = (await users.getUser())!;
  user.expires_at = undefined;
  await users.storeUser(user);
  const adapter = new OidcAdapter(users);
  await adapter.ready;
  assert.equal(adapter.session?.id, 'sid-1');
});

test('the access token expiring unrenewed signs the page out once, and the listener hears it', async () => {
  const users = await storedUser(30);
  const adapter = new OidcAdapter(users);
  await adapter.ready;
  assert.equal(adapter.session?.id, 'sid-1');
  let heard = 0;
  let reads = 0;
  const getUser = users.getUser.bind(users);
  users.getUser = () => (reads++, getUser());
  adapter.addListener(() => heard++);
  // oidc-client-ts raises the expiry a second after it, checking every 5 s.
  for (let second = 0; second < 40 && adapter.session; second++) {
    mock.timers.tick(1000);
    await flush();
  }
  assert.equal(adapter.session, null);
  assert.equal(heard, 1);
  // The re-read armed the expiry of the expired user again: it is raised, and read nothing more.
  const readsThen = reads;
  for (let second = 0; second < 20; second++) {
    mock.timers.tick(1000);
    await flush();
  }
  assert.equal(reads, readsThen, 'no re-read while signed out');
  assert.equal(heard, 1);
});
