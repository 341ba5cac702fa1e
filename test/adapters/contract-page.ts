// The adapter contract against the real servers: test/e2e/contract.test.mjs opens this page on the
// demo server (`?provider=better-auth`, `oidc`, `authjs`, or `guide`: the README's 30-line adapter
// over better-auth's REST endpoints), signs in as the case needs and runs
// each case here with `contractPage.run(name)`.
import { createAuthClient } from 'better-auth/client';
import { multiSessionClient } from 'better-auth/client/plugins';
import { UserManager, WebStorageStateStore } from 'oidc-client-ts';
import '../../src/define.js';
import { betterAuthClient } from '../../src/adapters/better-auth.js';
import { oidcClient } from '../../src/adapters/oidc.js';
import { authjsClient } from '../../src/adapters/authjs.js';
import { restClient } from './guide-adapter.js';
import { adapterContract, type AdapterHooks } from '../../src/testing/index.js';
import type { AuthClient } from '../../src/auth/types.js';
import { holdRequests } from './hold.js';

type Fixture = AdapterHooks & { create(): AuthClient };

const provider = new URLSearchParams(location.search).get('provider');
const post = (url: string) => fetch(url, { method: 'POST' }).then(response => response.json());

/** better-auth on this origin: fresh accounts per case, rows read from the database. */
function betterAuth(): Fixture {
  const raw = () => createAuthClient({ plugins: [multiSessionClient()] });
  let users: string[] = [];
  /** The user of this browser's current session. */
  const me = async () =>
    ((await (await fetch('/api/auth/get-session')).json()) as { user: { id: string; email: string } }).user;
  const rows = async () =>
    ((await (await fetch('/__test/db')).json()) as { sessions: { id: string; userId: string; token: string }[] })
      .sessions;
  return {
    multiSession: true,
    scopes: ['session', 'all', 'others', 'everywhere'],
    create: () => betterAuthClient(raw()),
    async signInSessions(count) {
      const client = raw();
      await client.signOut();
      users = [];
      const run = crypto.randomUUID().slice(0, 8);
      for (let i = 0; i < count; i++) {
        const { data, error } = await client.signUp.email({
          name: `Contract ${i} ${run}`,
          email: `contract-${i}-${run}@example.com`,
          password: 'contract-password',
        });
        if (error) throw new Error(`sign-up: ${error.message}`);
        users.push(data!.user.id);
      }
    },
    async signInElsewhere() {
      // Another device: a sign-in whose cookie this browser never stores.
      const response = await fetch('/api/auth/sign-in/email', {
        method: 'POST',
        credentials: 'omit',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify({ email: (await me()).email, password: 'contract-password' }),
      });
      if (!response.ok) throw new Error(`sign-in elsewhere: HTTP ${response.status}`);
      const { token } = (await response.json()) as { token: string };
      const row = (await rows()).find(session => session.token == token);
      if (!row) throw new Error('the other device has no session row');
      return row.id;
    },
    async userSessions() {
      const { id } = await me();
      return (await rows()).filter(({ userId }) => userId == id).map(row => row.id);
    },
    async serverSessions() {
      const { sessions } = (await (await fetch('/__test/db')).json()) as { sessions: { id: string; userId: string }[] };
      return sessions.filter(({ userId }) => users.includes(userId)).map(({ id }) => id);
    },
    async endElsewhere(sessionId) {
      // Another client on this browser (another tab) revokes it; this adapter is not told.
      const other = raw();
      const { data } = await other.multiSession.listDeviceSessions();
      const token = data?.find(({ session }) => session.id == sessionId)?.session.token;
      if (!token) throw new Error(`no device session ${sessionId}`);
      const { error } = await other.multiSession.revoke({ sessionToken: token });
      if (error) throw new Error(error.message);
    },
    fault: async status => void (await post(`/__test/fault${status ? `?status=${status}` : ''}`)),
    hold: () => holdRequests(url => /\/api\/auth\/(sign-out|multi-session\/revoke|revoke-sessions)/.test(url)),
  };
}

/** Auth.js under /auth on this origin; the test signs in through the demo page and the provider first. */
function authjs(): Fixture & { signedIn(): Promise<boolean> } {
  const state = async () => (await (await fetch('/__test/authjs')).json()) as { mine: string[] };
  return {
    multiSession: false,
    scopes: ['session', 'all'],
    create: () => authjsClient({ basePath: '/auth' }),
    signedIn: async () => (await state()).mine.length > 0,
    serverSessions: async () => (await state()).mine,
    // Another tab of this browser signed out through Auth.js itself.
    async endElsewhere() {
      const { csrfToken } = (await (await fetch('/auth/csrf')).json()) as { csrfToken: string };
      await fetch('/auth/signout', {
        method: 'POST',
        headers: { 'content-type': 'application/x-www-form-urlencoded', 'x-auth-return-redirect': '1' },
        body: new URLSearchParams({ csrfToken }),
      });
    },
    fault: async status => void (await post(`/__test/fault${status ? `?status=${status}` : ''}`)),
    hold: () => holdRequests(url => url.includes('/auth/signout')),
  };
}

/** The OpenID Provider of the demo server; the test signs in through its login page first. */
async function openId(): Promise<Fixture & { signedIn(): Promise<boolean> }> {
  const { issuer, clientId } = (await (await fetch('/oidc.json')).json()) as { issuer: string; clientId: string };
  // The demo's relying-party page is the registered redirect URI; it stores the user where this page reads it.
  const page = location.origin + '/demo/oidc.html';
  const manager = () =>
    new UserManager({
      authority: issuer,
      client_id: clientId,
      redirect_uri: page,
      post_logout_redirect_uri: page,
      scope: 'openid profile email',
      userStore: new WebStorageStateStore({ store: localStorage }),
      revokeTokensOnSignout: true,
    });
  return {
    multiSession: false,
    scopes: ['session', 'all'],
    create: () => oidcClient(manager(), { postLogoutRedirectUris: [page] }),
    signedIn: async () => !!(await manager().getUser()),
    // What the relying party holds: the OpenID Provider's own session ends only at end-session.
    async serverSessions() {
      const user = await manager().getUser();
      return user ? [String(user.profile.sid ?? user.profile.sub)] : [];
    },
    endElsewhere: async () => manager().removeUser(),
    fault: async status => void (await post(`${issuer}/__test/fault${status ? `?status=${status}` : ''}`)),
    // Token revocation is the slow step of an OpenID sign-out.
    hold: () => holdRequests(url => url.startsWith(issuer) && url.includes('/revocation')),
  };
}

const fixture: Fixture & { signedIn?(): Promise<boolean> } =
  provider == 'oidc'
    ? await openId()
    : provider == 'authjs'
      ? authjs()
      : provider == 'guide'
        ? { ...betterAuth(), multiSession: false, scopes: ['session', 'all'], create: () => restClient() }
        : betterAuth();
const cases = Object.fromEntries(adapterContract(() => fixture.create(), fixture).map(c => [c.name, c]));

Object.assign(window, {
  contractPage: {
    provider,
    cases: Object.keys(cases),
    sessionsFor: (name: string) => cases[name]!.sessions,
    setup: (count: number) => fixture.signInSessions?.(count),
    signedIn: () => fixture.signedIn?.() ?? true,
    async run(name: string): Promise<string | null> {
      try {
        const skipped = await cases[name]!.run();
        return skipped ?? null;
      } catch (error) {
        return String((error as Error).stack ?? error);
      }
    },
  },
});
document.querySelector('#status')!.textContent = 'ready';
