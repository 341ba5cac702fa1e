// The Auth0 adapter with the real @auth0/auth0-spa-js talking to a loopback stand-in for Auth0's
// endpoints (test/adapters/servers/providers.mjs): Auth0's server does not run here. Sign-in goes
// through the SDK's own redirect transaction (loginWithRedirect without navigating, then
// handleRedirectCallback with the code the stand-in issues for that transaction's nonce).
import { expect, waitUntil } from '@open-wc/testing';
import { Auth0Client } from '@auth0/auth0-spa-js';
import { auth0Client } from '../../src/adapters/auth0.js';
import { describeContract } from './contract-runner.js';
import { holdRequests } from './hold.js';
import { warnings } from '../helpers/index.js';

const signal = () => new AbortController().signal;
const CALLBACK = `${location.origin}/callback`;

/** A fresh Auth0 tenant; `sdk()` is an Auth0Client of this browser (refresh tokens in localStorage). */
function tenant() {
  const id = crypto.randomUUID();
  const domain = `${location.origin}/__auth0/${id}`;
  const email = `ada-${id.slice(0, 8)}@example.com`;
  const sdk = () =>
    new Auth0Client({
      domain,
      clientId: `client-${id}`,
      cacheLocation: 'localstorage',
      useRefreshTokens: true,
      authorizationParams: { redirect_uri: CALLBACK },
    });
  const post = async (route: string, body?: unknown) =>
    (
      await fetch(`${domain}/${route}`, {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify(body ?? {}),
      })
    ).json() as Promise<Record<string, unknown>>;
  return {
    domain,
    email,
    sdk,
    /** The whole redirect round trip, without leaving the page. */
    async signIn(client = sdk()) {
      let authorize = '';
      await client.loginWithRedirect({ openUrl: url => void (authorize = url) });
      const params = new URL(authorize).searchParams;
      const user = { sub: `auth0|${id}`, name: 'Ada Lovelace', given_name: 'Ada', family_name: 'Lovelace', email };
      const { code } = await post('__authorize', { nonce: params.get('nonce'), user });
      const back = new URLSearchParams({ code: code as string, state: params.get('state')! });
      await client.handleRedirectCallback(`${CALLBACK}?${back}`);
      return client;
    },
    sessions: async () =>
      ((await (await fetch(`${domain}/__state`)).json()) as { sessions: { id: string; refresh: string | null }[] })
        .sessions,
    fault: (status: number | null) => post(`__fault${status ? `?status=${status}` : ''}`),
  };
}

/** What the SDK of this browser holds: the session id of its signed-in user. */
async function held(client: Auth0Client): Promise<string[]> {
  const claims = await client.getIdTokenClaims();
  return claims ? [String(claims.sid ?? claims.sub)] : [];
}

let current = tenant();
describeContract('auth0 adapter', () => auth0Client(current.sdk(), { domain: current.domain }), {
  multiSession: false,
  scopes: ['session', 'all'],
  async signInSessions() {
    localStorage.clear();
    current = tenant();
    await current.signIn();
  },
  // Auth0's own session ends at /v2/logout, where the element navigates: what the SDK holds here.
  serverSessions: () => held(current.sdk()),
  endElsewhere: async () => current.sdk().logout({ openUrl: false }),
  fault: async status => void (await current.fault(status)),
  hold: () => holdRequests(url => url.includes('/oauth/revoke')),
});

describe('auth0 adapter: Auth0 specifics', () => {
  async function signedIn() {
    localStorage.clear();
    const t = tenant();
    await t.signIn();
    const auth = auth0Client(t.sdk(), {
      domain: t.domain,
      allowedLogoutUrls: [`${location.origin}/signed-out`],
    });
    await auth.ready;
    return { t, auth };
  }

  it('maps the user and takes the session id from the ID token sid', async () => {
    const { t, auth } = await signedIn();
    expect(auth.session!.user).to.deep.include({ name: 'Ada Lovelace', firstName: 'Ada', email: t.email });
    expect([auth.session!.id]).to.deep.equal((await t.sessions()).map(({ id }) => id));
    expect(auth.allowedRedirectOrigins).to.deep.equal([location.origin]);
  });

  it("a scope it does not support ('others', 'everywhere') rejects and ends nothing", async () => {
    const { t, auth } = await signedIn();
    const before = await t.sessions();
    for (const scope of ['others', 'everywhere'] as const) {
      const error = await auth.signOut({ scope, signal: signal() }).then(
        () => null,
        (e: unknown) => e as Error,
      );
      expect(error?.message, scope).to.equal(`auth-elements: scope '${scope}' is not supported`);
    }
    expect(await t.sessions()).to.deep.equal(before);
    expect(auth.session).to.exist;
  });

  for (const scope of ['session', 'all'] as const) {
    it(`scope '${scope}' revokes the refresh token, clears the SDK and returns /v2/logout for the element`, async () => {
      const { t, auth } = await signedIn();
      const href = location.href;
      const result = await auth.signOut({
        scope,
        sessionId: scope == 'session' ? auth.session!.id : undefined,
        redirectUrl: `${location.origin}/signed-out`,
        signal: signal(),
      });
      const url = new URL(result.redirectTo!);
      expect(url.origin + url.pathname).to.equal(`${t.domain}/v2/logout`);
      expect(url.searchParams.get('returnTo')).to.equal(`${location.origin}/signed-out`);
      expect(url.searchParams.get('client_id')).to.match(/^client-/);
      expect((await t.sessions())[0]!.refresh, 'the refresh token was revoked at Auth0').to.equal(null);
      expect(auth.session).to.equal(null);
      expect(await t.sdk().isAuthenticated(), 'the SDK holds no user').to.equal(false);
      expect(location.href, 'the adapter did not navigate').to.equal(href);
    });
  }

  it('sends an unlisted redirect as no returnTo (Auth0 would refuse it)', async () => {
    const { auth } = await signedIn();
    const { redirectTo } = await auth.signOut({
      scope: 'all',
      redirectUrl: 'https://elsewhere.example/',
      signal: signal(),
    });
    expect(new URL(redirectTo!).searchParams.has('returnTo')).to.equal(false);
  });

  it('finds the redirect among allowedLogoutUrls as a URL (no trailing slash there), sent as listed', async () => {
    localStorage.clear();
    const t = tenant();
    await t.signIn();
    const auth = auth0Client(t.sdk(), { domain: t.domain, allowedLogoutUrls: [location.origin] });
    await auth.ready;
    const { redirectTo } = await auth.signOut({ scope: 'all', redirectUrl: `${location.origin}/`, signal: signal() });
    expect(new URL(redirectTo!).searchParams.get('returnTo')).to.equal(location.origin);
  });

  it('a failed start (loaded rejects) is said in a warning; the session is still read', async () => {
    localStorage.clear();
    const t = tenant();
    const warned = warnings();
    const auth = auth0Client(t.sdk(), { domain: t.domain, loaded: Promise.reject(new Error('Invalid state')) });
    await auth.ready;
    expect(auth.session).to.equal(null);
    expect(warned.filter(m => m.includes('auth0') && m.includes('Invalid state'))).to.have.length(1);
  });

  it("keeps Auth0's own error text", async () => {
    const { t, auth } = await signedIn();
    await t.fault(400);
    const error = await auth.signOut({ scope: 'all', signal: signal() }).then(
      () => null,
      (e: unknown) => e as Error,
    );
    await t.fault(null);
    expect(error).to.be.instanceOf(Error);
    expect(error!.message).to.equal('Injected failure 400');
    expect(auth.session, 'still signed in').not.to.equal(null);
  });

  it('an abort while Auth0 revokes leaves the SDK signed in and returns no logout URL', async () => {
    const { t, auth } = await signedIn();
    const { held: waiting, release } = holdRequests(url => url.includes('/oauth/revoke'));
    const controller = new AbortController();
    const call = auth.signOut({ scope: 'all', signal: controller.signal }).then(
      () => null,
      (e: unknown) => e as Error,
    );
    await waiting;
    controller.abort();
    release();
    expect(await call).to.be.instanceOf(Error);
    expect(await t.sdk().isAuthenticated(), 'still signed in here').to.equal(true);
    expect(auth.session).not.to.equal(null);
  });

  it('stays loading until the SDK has started, then follows it', async () => {
    localStorage.clear();
    const t = tenant();
    const sdk = t.sdk();
    let started!: () => void;
    const auth = auth0Client(sdk, { domain: t.domain, loaded: new Promise<void>(resolve => (started = resolve)) });
    let calls = 0;
    auth.addListener(() => calls++);
    await t.signIn(sdk);
    expect(auth.session, 'loading until the app says the SDK started').to.equal(undefined);
    started();
    await waitUntil(() => auth.session, 'the signed-in user');
    expect(auth.session!.user.email).to.equal(t.email);
    expect(calls).to.equal(1);
  });

  it('adds no listener to the page and keeps none after unsubscribe', async () => {
    const { auth } = await signedIn();
    let calls = 0;
    const off = auth.addListener(() => calls++);
    off();
    await auth.signOut({ scope: 'all', signal: signal() });
    expect(calls).to.equal(0);
  });
});
