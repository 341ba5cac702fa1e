// The Supabase adapter with the real @supabase/supabase-js talking to a loopback stand-in for
// Supabase Auth (test/adapters/servers/providers.mjs): Supabase's server does not run here.
import { expect, waitUntil } from '@open-wc/testing';
import { createClient } from '@supabase/supabase-js';
import { supabaseClient } from '../../src/adapters/supabase.js';
import { describeContract } from './contract-runner.js';
import { holdRequests } from './hold.js';

const signal = () => new AbortController().signal;

/** A fresh Supabase project (tenant) with one user; `sdk()` is a client of this browser. */
function project() {
  const id = crypto.randomUUID();
  const url = `${location.origin}/__supabase/${id}`;
  const email = `ada-${id.slice(0, 8)}@example.com`;
  const password = 'ada-password';
  const sdk = () =>
    createClient(url, 'anon-key', {
      auth: { storageKey: `sb-${id}`, autoRefreshToken: false, detectSessionInUrl: false },
    });
  const post = async (route: string, body?: unknown) =>
    (
      await fetch(`${url}/${route}`, {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify(body ?? {}),
      })
    ).json();
  return {
    sdk,
    url,
    storageKey: `sb-${id}`,
    email,
    async createUser() {
      await post('__user', { email, password, name: 'Ada Lovelace' });
    },
    async signIn(client = sdk()) {
      const { error } = await client.auth.signInWithPassword({ email, password });
      if (error) throw error;
      return client;
    },
    /** A sign-in of the same user on another device (not this browser's storage). */
    async signInElsewhere(): Promise<string> {
      const response = await fetch(`${url}/auth/v1/token?grant_type=password`, {
        method: 'POST',
        headers: { 'content-type': 'application/json', apikey: 'anon-key' },
        body: JSON.stringify({ email, password }),
      });
      const { access_token } = (await response.json()) as { access_token: string };
      return (JSON.parse(atob(access_token.split('.')[1]!)) as { session_id: string }).session_id;
    },
    sessions: async () =>
      ((await (await fetch(`${url}/__state`)).json()) as { sessions: { id: string }[] }).sessions.map(({ id }) => id),
    fault: (status: number | null) => post(`__fault${status ? `?status=${status}` : ''}`),
    end: (sessionId: string) => post(`__end?session=${sessionId}`),
  };
}

let current = project();
describeContract('supabase adapter', () => supabaseClient(current.sdk()), {
  multiSession: false,
  scopes: ['session', 'all', 'others', 'everywhere'],
  async signInSessions() {
    current = project();
    await current.createUser();
    await current.signIn();
  },
  serverSessions: () => current.sessions(),
  signInElsewhere: () => current.signInElsewhere(),
  userSessions: () => current.sessions(),
  // Another tab of this browser signed out: the shared storage is empty now.
  endElsewhere: async () => void (await current.sdk().auth.signOut({ scope: 'local' })),
  fault: async status => void (await current.fault(status)),
  hold: () => holdRequests(url => url.includes('/auth/v1/logout')),
});

describe('supabase adapter: Supabase specifics', () => {
  async function signedIn() {
    const p = project();
    await p.createUser();
    await p.signIn();
    const auth = supabaseClient(p.sdk());
    await auth.ready;
    return { p, auth };
  }

  it("maps the user and takes the session id from the access token's session_id", async () => {
    const { p, auth } = await signedIn();
    expect(auth.session!.user).to.deep.include({ name: 'Ada Lovelace', email: p.email, imageUrl: null });
    expect(await p.sessions()).to.deep.equal([auth.session!.id]);
  });

  it('a user who signed in with a phone number only is named by it; with an email too, the email names them', async () => {
    const addUser = (p: ReturnType<typeof project>, user: object) =>
      fetch(`${p.url}/__user`, {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify({ password: 'ada-password', ...user }),
      });
    const byPhone = project();
    await addUser(byPhone, { phone: '+15551234567' });
    const sdk = byPhone.sdk();
    const { error } = await sdk.auth.signInWithPassword({ phone: '+15551234567', password: 'ada-password' });
    if (error) throw error;
    const auth = supabaseClient(sdk);
    await auth.ready;
    // GoTrue answers email '' and the phone without its '+'.
    expect(auth.session!.user).to.deep.include({ name: null, username: '+15551234567', email: null });

    const both = project();
    await addUser(both, { email: both.email, phone: '+15557654321' });
    const withEmail = supabaseClient(await both.signIn());
    await withEmail.ready;
    expect(withEmail.session!.user).to.deep.include({ username: null, email: both.email });
  });

  it("scope 'session' and 'all' are signOut({ scope: 'local' }): the user's other devices keep their sessions", async () => {
    for (const scope of ['session', 'all'] as const) {
      const { p, auth } = await signedIn();
      const here = auth.session!.id;
      const elsewhere = await p.signInElsewhere();
      await auth.signOut({ scope, sessionId: scope == 'session' ? here : undefined, signal: signal() });
      expect(await p.sessions(), scope).to.deep.equal([elsewhere]);
      expect(auth.session, scope).to.equal(null);
    }
  });

  it("scope 'everywhere' is signOut({ scope: 'global' }): every session of the user ends", async () => {
    const { p, auth } = await signedIn();
    await p.signInElsewhere();
    expect(await p.sessions()).to.have.length(2);
    await auth.signOut({ scope: 'everywhere', signal: signal() });
    expect(await p.sessions()).to.deep.equal([]);
    expect(auth.session).to.equal(null);
  });

  it("scope 'others' is signOut({ scope: 'others' }): this browser's session stays, the other devices' end", async () => {
    const { p, auth } = await signedIn();
    const here = auth.session!.id;
    await p.signInElsewhere();
    await p.signInElsewhere();
    await auth.signOut({ scope: 'others', signal: signal() });
    expect(await p.sessions()).to.deep.equal([here]);
    expect(auth.session?.id).to.equal(here);
  });

  it("'others' and 'everywhere' with a session the server no longer has reject: no other device was signed out", async () => {
    for (const scope of ['others', 'everywhere'] as const) {
      const { p, auth } = await signedIn();
      const elsewhere = await p.signInElsewhere();
      await p.end(auth.session!.id); // another device signed this one out; its token still looks valid here
      const error = await auth.signOut({ scope, signal: signal() }).then(
        () => null,
        (e: unknown) => e as Error,
      );
      // Supabase reports the refused session as its AuthSessionMissingError.
      expect(error?.message, scope).to.match(/^supabase getUser: Auth session missing!/);
      expect(await p.sessions(), `${scope}: the other device is still signed in`).to.deep.equal([elsewhere]);
      expect(auth.session, `${scope}: this browser is signed out, as the server says`).to.equal(null);
    }
  });

  it('with userStorage and no user stored there, and the server unreachable: signed in, the user from the token', async () => {
    const p = project();
    await p.createUser();
    const users = new Map<string, string>();
    const userStorage = {
      getItem: (key: string) => users.get(key) ?? null,
      setItem: (key: string, value: string) => void users.set(key, value),
      removeItem: (key: string) => void users.delete(key),
    };
    const sdk = () =>
      createClient(p.url, 'anon-key', {
        auth: { storageKey: p.storageKey, userStorage, autoRefreshToken: false, detectSessionInUrl: false },
      });
    await p.signIn(sdk());
    users.clear(); // the tokens came from elsewhere (a cookie the server wrote), the user did not
    await p.fault(503); // and Supabase cannot fetch it now
    try {
      const auth = supabaseClient(sdk());
      await auth.ready;
      expect(auth.session?.user).to.deep.include({ name: 'Ada Lovelace', email: p.email });
      expect(await p.sessions()).to.deep.equal([auth.session!.id]);
    } finally {
      await p.fault(null);
    }
  });

  it("keeps Supabase's own error text, and its status", async () => {
    const { p, auth } = await signedIn();
    const failure = async (status: number) => {
      await p.fault(status);
      try {
        return await auth.signOut({ scope: 'all', signal: signal() }).then(
          () => null,
          (e: unknown) => e as Error,
        );
      } finally {
        await p.fault(null);
      }
    };
    expect((await failure(400))?.message).to.equal('supabase signOut: Injected failure 400 (HTTP 400)');
    // Supabase's SDK reports server errors without the body: its error name says what happened.
    expect((await failure(500))?.message).to.equal('supabase signOut: AuthRetryableFetchError (HTTP 500)');
    expect(auth.session, 'still signed in').not.to.equal(null);
  });

  it('an abort while Supabase answers still completes both halves of the sign-out', async () => {
    const { p, auth } = await signedIn();
    const { held, release } = holdRequests(url => url.includes('/auth/v1/logout'));
    const controller = new AbortController();
    const call = auth.signOut({ scope: 'all', signal: controller.signal });
    await held;
    controller.abort();
    release();
    await call;
    expect(await p.sessions(), 'the server session ended').to.deep.equal([]);
    expect(auth.session, 'and the local one').to.equal(null);
  });

  it('subscribes to onAuthStateChange only while it has listeners', async () => {
    const { p } = await signedIn();
    const sdk = p.sdk();
    let open = 0;
    const subscribe = sdk.auth.onAuthStateChange.bind(sdk.auth);
    sdk.auth.onAuthStateChange = callback => {
      const result = subscribe(callback);
      open++;
      const unsubscribe = result.data.subscription.unsubscribe;
      result.data.subscription.unsubscribe = () => {
        open--;
        unsubscribe();
      };
      return result;
    };
    const auth = supabaseClient(sdk);
    await auth.ready;
    expect(open, 'none before a listener').to.equal(0);
    const offA = auth.addListener(() => {});
    const offB = auth.addListener(() => {});
    expect(open, 'one for any number of listeners').to.equal(1);
    offA();
    expect(open).to.equal(1);
    offB();
    offB();
    expect(open, 'none after the last').to.equal(0);
  });

  it('an adapter made before Supabase has restored or signed in follows it', async () => {
    const p = project();
    await p.createUser();
    const sdk = p.sdk();
    const auth = supabaseClient(sdk);
    expect(auth.session, 'loading at first').to.equal(undefined);
    let calls = 0;
    auth.addListener(() => calls++);
    await waitUntil(() => auth.session === null, 'signed out once Supabase answered');
    await p.signIn(sdk);
    await waitUntil(() => auth.session, 'the sign-in reached the adapter through onAuthStateChange');
    expect(auth.session!.user.email).to.equal(p.email);
    expect(calls).to.equal(2);
  });
});
