// The OpenID Connect adapter against a provider whose metadata has no end-session endpoint
// (Google's, for one): a sign-out is local, and still ends this browser's session. The real
// oidc-client-ts, with its metadata given in the settings (no request is made) and its user kept
// in memory.
import { beforeEach, mock, test } from 'node:test';
import assert from 'node:assert/strict';
import { InMemoryWebStorage, User, UserManager, WebStorageStateStore } from 'oidc-client-ts';
import { OidcAdapter } from '../../src/adapters/core/oidc.js';

beforeEach(() => void mock.method(console, 'warn', () => {}));

const ISSUER = 'https://accounts.example';

function manager(endSession: boolean, postLogout = 'https://app.example/') {
  return new UserManager({
    authority: ISSUER,
    client_id: 'app',
    redirect_uri: 'https://app.example/callback',
    post_logout_redirect_uri: postLogout,
    userStore: new WebStorageStateStore({ store: new InMemoryWebStorage() }),
    metadata: {
      issuer: ISSUER,
      authorization_endpoint: `${ISSUER}/auth`,
      token_endpoint: `${ISSUER}/token`,
      ...(endSession && { end_session_endpoint: `${ISSUER}/logout` }),
    },
  });
}

async function signedIn(endSession: boolean) {
  const users = manager(endSession);
  const expires_at = Math.floor(Date.now() / 1000) + 3600;
  await users.storeUser(
    new User({
      id_token: 'id-token',
      access_token: 'access-token',
      token_type: 'Bearer',
      profile: { iss: ISSUER, sub: 'ada', aud: 'app', exp: expires_at, iat: expires_at - 3600, sid: 'sid-1' },
      expires_at,
    }),
  );
  const adapter = new OidcAdapter(users);
  await adapter.ready;
  assert.equal(adapter.session?.id, 'sid-1');
  return { users, adapter };
}

test('without an end-session endpoint: the user is removed, nothing to navigate to', { timeout: 5000 }, async () => {
  const { users, adapter } = await signedIn(false);
  const answer = await adapter.signOut({ scope: 'all', signal: new AbortController().signal });
  assert.equal(answer, undefined);
  assert.equal(await users.getUser(), null);
  assert.equal(adapter.session, null);
});

test(
  'with one: the user is removed and the end-session URL is returned for the elements to follow',
  { timeout: 5000 },
  async () => {
    const { users, adapter } = await signedIn(true);
    const answer = await adapter.signOut({ scope: 'all', signal: new AbortController().signal });
    assert.ok(answer?.redirectTo?.startsWith(`${ISSUER}/logout?`), answer?.redirectTo);
    assert.ok(adapter.allowedRedirectOrigins.includes(ISSUER));
    assert.equal(await users.getUser(), null);
  },
);

test('a redirect-url among postLogoutRedirectUris as a URL is sent as registered', { timeout: 5000 }, async () => {
  const users = manager(true, 'https://app.example/default');
  await users.storeUser(
    new User({
      id_token: 'id-token',
      access_token: 'access-token',
      token_type: 'Bearer',
      profile: { iss: ISSUER, sub: 'ada', aud: 'app', exp: 2e9, iat: 1e9, sid: 'sid-1' },
      expires_at: 2e9,
    }),
  );
  const adapter = new OidcAdapter(users, { postLogoutRedirectUris: ['https://app.example'] });
  await adapter.ready;
  const answer = await adapter.signOut({
    scope: 'all',
    redirectUrl: 'https://app.example/',
    signal: new AbortController().signal,
  });
  const url = new URL(answer!.redirectTo!);
  assert.equal(url.searchParams.get('post_logout_redirect_uri'), 'https://app.example');
});
