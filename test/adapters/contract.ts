// The adapter contract: one list of cases every adapter must pass, each a plain async function
// that runs in a page against a fixture (the provider behind the adapter). The Clerk adapter runs
// it in the browser tests against a Clerk-shaped object; better-auth and OpenID Connect run it
// against the real servers (test/e2e/contract.test.mjs drives a page that imports this file).
import type { AuthAdapter as Base } from '../../src/adapters/adapter.js';
import type { AuthClient, SignOutScope } from '../../src/auth/types.js';

type AuthAdapter = Base & Pick<AuthClient, 'setActive'>;

export interface ContractFixture {
  /** More than one session on one browser. */
  readonly multiSession: boolean;
  /** The exact `supportsScope` the adapter must report. */
  readonly scopes: readonly SignOutScope[];
  /** A new adapter over the provider client of this page. */
  create(): AuthAdapter;
  /** The ids of this browser's sessions that the provider (server) still holds. */
  serverSessions(): Promise<string[]>;
  /** Ends a session without this adapter (another tab or device did it). */
  endElsewhere(sessionId: string): Promise<void>;
  /** From now on the provider answers with this HTTP status (null: normal again). */
  fault(status: number | null): Promise<void>;
}

export interface ContractCase {
  /** Sessions the case needs on this browser before it starts (the first is current). */
  sessions: number;
  /** Only for providers with several sessions per browser. */
  multiSession?: boolean;
  run(fixture: ContractFixture): Promise<void>;
}

function check(condition: unknown, message: string): asserts condition {
  if (!condition) throw new Error(`contract: ${message}`);
}

const same = (a: unknown, b: unknown) => JSON.stringify(a) == JSON.stringify(b);
const sorted = (ids: readonly string[]) => [...ids].sort();

async function loaded(fixture: ContractFixture): Promise<AuthAdapter> {
  const adapter = fixture.create();
  await adapter.ready;
  check(adapter.session, 'signed in after loading');
  return adapter;
}

async function rejects(run: () => Promise<unknown>, what: string): Promise<Error> {
  try {
    await run();
  } catch (error) {
    check(error instanceof Error, `${what} rejects with an Error, not ${String(error)}`);
    return error;
  }
  throw new Error(`contract: ${what} should reject`);
}

const signal = () => new AbortController().signal;

export const contract: Record<string, ContractCase> = {
  'session goes from undefined to a value': {
    sessions: 1,
    async run(fixture) {
      const adapter = fixture.create();
      check(adapter.session === undefined, 'session is undefined before the provider answered');
      let calls = 0;
      adapter.addListener(() => calls++);
      await adapter.ready;
      // Read again after the await (the check above narrowed the type to undefined).
      const session = (adapter as AuthAdapter).session;
      check(session && typeof session.id == 'string', 'a session after loading');
      check(
        adapter.sessions.some(({ id }) => id == session.id),
        'sessions include the current one',
      );
      check(calls == 1, `the listener fired once for the first value (${calls})`);
    },
  },

  'the listener fires on every change and stops after unsubscribe': {
    sessions: 2,
    async run(fixture) {
      const adapter = await loaded(fixture);
      let kept = 0;
      let dropped = 0;
      adapter.addListener(() => kept++);
      const unsubscribe = adapter.addListener(() => dropped++);
      const other = adapter.sessions.find(({ id }) => id != adapter.session!.id);
      if (fixture.multiSession) {
        check(other, 'a second session');
        await adapter.setActive!({ sessionId: other.id, signal: signal() });
        check(kept >= 1 && dropped >= 1, 'both listeners fired on the switch');
      }
      unsubscribe();
      const before = { kept, dropped };
      await adapter.signOut({ scope: 'session', sessionId: adapter.session!.id, signal: signal() });
      check(kept > before.kept, 'the remaining listener fired on the sign-out');
      check(dropped == before.dropped, 'the unsubscribed listener did not fire');
    },
  },

  "scope 'session' ends exactly the named session": {
    sessions: 3,
    multiSession: true,
    async run(fixture) {
      const adapter = await loaded(fixture);
      const current = adapter.session!.id;
      const target = adapter.sessions.find(({ id }) => id != current)!.id;
      const others = adapter.sessions.map(({ id }) => id).filter(id => id != target);
      check(same(sorted(await fixture.serverSessions()), sorted([...others, target])), 'the server holds all three');
      await adapter.signOut({ scope: 'session', sessionId: target, signal: signal() });
      check(same(sorted(await fixture.serverSessions()), sorted(others)), 'only the named session ended on the server');
      check(same(sorted(adapter.sessions.map(({ id }) => id)), sorted(others)), 'the adapter lists the others');
      check(adapter.session?.id == current, 'the current session stayed current');
    },
  },

  "scope 'session' on a single-session provider ends the session": {
    sessions: 1,
    multiSession: false,
    async run(fixture) {
      const adapter = await loaded(fixture);
      await adapter.signOut({ scope: 'session', sessionId: adapter.session!.id, signal: signal() });
      check(adapter.session === null && adapter.sessions.length == 0, 'signed out here');
    },
  },

  'signing out the current session of several makes another current': {
    sessions: 3,
    multiSession: true,
    async run(fixture) {
      const adapter = await loaded(fixture);
      const current = adapter.session!.id;
      const others = adapter.sessions.map(({ id }) => id).filter(id => id != current);
      await adapter.signOut({ scope: 'session', sessionId: current, signal: signal() });
      check(adapter.session && others.includes(adapter.session.id), 'another session is current');
      check(same(sorted(await fixture.serverSessions()), sorted(others)), 'the server holds the other two');
    },
  },

  "scope 'all' leaves no session on this browser": {
    sessions: 2,
    async run(fixture) {
      const adapter = await loaded(fixture);
      await adapter.signOut({ scope: 'all', signal: signal() });
      check(adapter.session === null, 'session is null');
      check(adapter.sessions.length == 0, 'no other sessions');
      if (fixture.multiSession) check((await fixture.serverSessions()).length == 0, 'the server holds none of them');
    },
  },

  'an unknown session id rejects and changes nothing': {
    sessions: 2,
    async run(fixture) {
      const adapter = await loaded(fixture);
      const before = JSON.stringify([adapter.session, adapter.sessions]);
      await rejects(
        () => adapter.signOut({ scope: 'session', sessionId: 'no-such-session', signal: signal() }),
        'sign-out',
      );
      if (adapter.setActive)
        await rejects(() => adapter.setActive!({ sessionId: 'no-such-session', signal: signal() }), 'setActive');
      check(JSON.stringify([adapter.session, adapter.sessions]) == before, 'state unchanged');
      check((await fixture.serverSessions()).length == adapter.sessions.length, 'nothing ended on the server');
    },
  },

  'provider errors reject with an Error': {
    sessions: 2,
    async run(fixture) {
      const adapter = await loaded(fixture);
      try {
        // 400: an `{ error }` answer; 503: a server failure.
        for (const status of [400, 503]) {
          await fixture.fault(status);
          await rejects(() => adapter.signOut({ scope: 'all', signal: signal() }), `sign-out answered ${status}`);
          const other = adapter.sessions.find(({ id }) => id != adapter.session!.id);
          if (other && adapter.setActive)
            await rejects(
              () => adapter.setActive!({ sessionId: other.id, signal: signal() }),
              `setActive answered ${status}`,
            );
        }
      } finally {
        await fixture.fault(null);
      }
      check(adapter.session, 'still signed in after the failures');
      await adapter.signOut({ scope: 'all', signal: signal() });
      check(adapter.session === null, 'the same call succeeds once the provider answers again');
    },
  },

  'supportsScope is exact': {
    sessions: 1,
    async run(fixture) {
      const adapter = await loaded(fixture);
      check(same(adapter.supportsScope, fixture.scopes), `supportsScope ${JSON.stringify(adapter.supportsScope)}`);
    },
  },

  'setActive changes session.id': {
    sessions: 2,
    multiSession: true,
    async run(fixture) {
      const adapter = await loaded(fixture);
      const other = adapter.sessions.find(({ id }) => id != adapter.session!.id)!;
      await adapter.setActive!({ sessionId: other.id, signal: signal() });
      check(adapter.session?.id == other.id, 'the other session is current');
      check(adapter.session.user.id == other.user.id, 'with its user');
      const fresh = await loaded(fixture);
      check(fresh.session?.id == other.id, 'the provider agrees (a new adapter reads the same)');
    },
  },

  'refresh() sees changes made elsewhere': {
    sessions: 2,
    async run(fixture) {
      const adapter = await loaded(fixture);
      const gone = fixture.multiSession
        ? adapter.sessions.find(({ id }) => id != adapter.session!.id)!
        : adapter.session!;
      await fixture.endElsewhere(gone.id);
      await adapter.refresh();
      check(!adapter.sessions.some(({ id }) => id == gone.id), 'the ended session is gone after refresh');
      if (!fixture.multiSession) check(adapter.session === null, 'signed out after refresh');
    },
  },

  'no method navigates': {
    sessions: 2,
    async run(fixture) {
      const href = location.href;
      const adapter = await loaded(fixture);
      await adapter.refresh();
      const other = adapter.sessions.find(({ id }) => id != adapter.session!.id);
      if (other && adapter.setActive) await adapter.setActive({ sessionId: other.id, signal: signal() });
      await adapter.signOut({ scope: 'session', sessionId: adapter.session!.id, signal: signal() });
      if (adapter.session) await adapter.signOut({ scope: 'all', signal: signal() });
      await new Promise(resolve => setTimeout(resolve, 50));
      check(location.href == href, 'still on the same page');
    },
  },

  'the mount functions preset auth': {
    sessions: 1,
    async run(fixture) {
      const adapter = await loaded(fixture);
      const host = document.createElement('div');
      document.body.append(host);
      try {
        const { mountUserButton, mountSignOutButton } = adapter;
        const user = mountUserButton(host);
        const button = mountSignOutButton(host, { scope: 'all' });
        check((user.element as unknown as { auth: unknown }).auth === adapter, 'the user button uses the adapter');
        check((button.element as unknown as { auth: unknown }).auth === adapter, 'the sign-out button uses it');
        adapter.unmountUserButton(host);
        adapter.unmountSignOutButton(host);
        check(host.childElementCount == 0, 'unmounted');
      } finally {
        host.remove();
      }
    },
  },
};

/** The cases that apply to a fixture. */
export const casesFor = (fixture: { multiSession: boolean }) =>
  Object.entries(contract).filter(
    ([, { multiSession }]) => multiSession === undefined || multiSession == fixture.multiSession,
  );
