// The adapter contract: what every auth client must do, as plain async checks. It depends on no
// test runner: `checkAdapter()` returns one result per case, and `adapterContract()` hands out
// the cases for runners that want one test each. It runs in a browser page (it reads `location`).
import type { AuthClient, AuthSession, SignOutScope } from '../auth/types.js';
import {
  answered,
  changesNothing,
  check,
  ids,
  rejects,
  same,
  signal,
  sorted,
  type Client,
  type DraftCase,
} from './contract-kit.js';
import { deviceCases } from './contract-devices.js';
import { faultCases } from './contract-faults.js';
import { surfaceCases } from './contract-surface.js';

/** What the contract needs to know about, and do to, the provider behind the client. */
export interface AdapterHooks {
  /** The provider signs several sessions in on one browser (account switching). */
  readonly multiSession: boolean;
  /** The exact `supportsScope` the client must report. */
  readonly scopes: readonly SignOutScope[];
  /**
   * Signs `count` sessions in on this browser before a case (the first one current; `count` is
   * 1 for single-session providers). Without it, sign in before calling `checkAdapter`.
   */
  signInSessions?(count: number): Promise<void>;
  /** The ids of this browser's sessions that the provider (its server) still holds. */
  serverSessions(): Promise<string[]>;
  /** Ends a session without the client (another tab or device did it). */
  endElsewhere(sessionId: string): Promise<void>;
  /**
   * Signs the current user in on another device (not this browser) and returns that session's id.
   * Without it (or `userSessions`) the `others` case is skipped.
   */
  signInElsewhere?(): Promise<string>;
  /** The ids of every session of the current user that the provider holds, on every device. */
  userSessions?(): Promise<string[]>;
  /** From now on the provider answers with this HTTP status, or fails its way; `null`: normal again. */
  fault?(status: number | null): Promise<void>;
  /**
   * Makes the provider's answers to a sign-out wait: `held` resolves once a request is waiting,
   * `release()` lets everything through and ends the holding. Without it the abort case is skipped.
   */
  hold?(): { held: Promise<void>; release(): void };
}

/** One check of the contract: `sessions` to sign in first, then `run()`. */
export interface ContractCase {
  name: string;
  /** Sessions the case needs on this browser (the first current); 1 on a single-session provider. */
  sessions: number;
  /** Rejects with an Error saying what is wrong. Resolves `'skipped: why'` when it does not apply. */
  run(): Promise<void | `skipped: ${string}`>;
}

export interface ContractResult {
  name: string;
  ok: boolean;
  /** What failed. */
  error?: Error;
  /** Why the case did not apply (the client lacks an optional member, or a hook is missing). */
  skipped?: string;
}

/**
 * The contract's cases for the client `create()` makes over the provider of this page. Each
 * case creates its own client; sign the case's `sessions` in before running it.
 */
export function adapterContract(create: () => AuthClient, hooks: AdapterHooks): ContractCase[] {
  const make = () => create() as Client;
  async function loaded(): Promise<Client> {
    const client = make();
    await answered(client);
    check(client.session, 'signed in after loading');
    return client;
  }
  const other = (client: Client): AuthSession | undefined =>
    client.sessions?.find(({ id }) => id != client.session?.id);

  const cases: DraftCase[] = [
    {
      name: 'session goes from undefined to a value',
      sessions: 1,
      async run() {
        const client = make();
        const loading = client.session === undefined;
        let calls = 0;
        client.addListener?.(() => calls++);
        await answered(client);
        const session = client.session as AuthSession | null | undefined;
        check(session && typeof session.id == 'string', 'a session after loading');
        check(ids(client).includes(session.id), 'sessions include the current one');
        if (loading && client.addListener) check(calls == 1, `the listener fired once for the first value (${calls})`);
      },
    },
    {
      name: 'the listener fires on every change and stops after unsubscribe',
      sessions: 2,
      async run() {
        const client = await loaded();
        if (!client.addListener) return 'skipped: no addListener()';
        let kept = 0;
        let dropped = 0;
        client.addListener(() => kept++);
        const unsubscribe = client.addListener(() => dropped++);
        const second = other(client);
        if (hooks.multiSession && client.setActive) {
          check(second, 'a second session');
          await client.setActive({ sessionId: second.id, signal: signal() });
          check(kept >= 1 && dropped >= 1, 'both listeners fired on the switch');
        }
        unsubscribe();
        const before = { kept, dropped };
        await client.signOut({ scope: 'session', sessionId: client.session!.id, signal: signal() });
        check(kept > before.kept, 'the remaining listener fired on the sign-out');
        check(dropped == before.dropped, 'the unsubscribed listener did not fire');
      },
    },
    {
      name: "scope 'session' ends exactly the named session",
      sessions: 3,
      multiSession: true,
      async run() {
        const client = await loaded();
        const current = client.session!.id;
        const target = other(client)!.id;
        const others = ids(client).filter(id => id != target);
        check(same(sorted(await hooks.serverSessions()), sorted([...others, target])), 'the server holds all three');
        await client.signOut({ scope: 'session', sessionId: target, signal: signal() });
        check(same(sorted(await hooks.serverSessions()), sorted(others)), 'only the named session ended on the server');
        check(same(sorted(ids(client)), sorted(others)), 'the client lists the others');
        check(client.session?.id == current, 'the current session stayed current');
      },
    },
    {
      name: "scope 'session' on a single-session provider ends the session",
      sessions: 1,
      multiSession: false,
      async run() {
        const client = await loaded();
        await client.signOut({ scope: 'session', sessionId: client.session!.id, signal: signal() });
        check(client.session === null && ids(client).length == 0, 'signed out here');
      },
    },
    {
      name: 'signing out the current session of several makes another current',
      sessions: 3,
      multiSession: true,
      async run() {
        const client = await loaded();
        const current = client.session!.id;
        const others = ids(client).filter(id => id != current);
        await client.signOut({ scope: 'session', sessionId: current, signal: signal() });
        check(client.session && others.includes(client.session.id), 'another session is current');
        check(same(sorted(await hooks.serverSessions()), sorted(others)), 'the server holds the other two');
      },
    },
    {
      name: "scope 'all' leaves no session on this browser",
      sessions: 2,
      async run() {
        const client = await loaded();
        await client.signOut({ scope: 'all', signal: signal() });
        check(client.session === null, 'session is null');
        check(ids(client).length == 0, 'no other sessions');
        check((await hooks.serverSessions()).length == 0, 'the server holds none of them');
      },
    },
    {
      name: 'an unknown session id rejects and changes nothing',
      sessions: 2,
      async run() {
        const client = await loaded();
        await changesNothing(client, hooks.serverSessions, async () => {
          await rejects(
            () => client.signOut({ scope: 'session', sessionId: 'no-such-session', signal: signal() }),
            'sign-out',
          );
          if (client.setActive)
            await rejects(() => client.setActive!({ sessionId: 'no-such-session', signal: signal() }), 'setActive');
        });
      },
    },
    ...faultCases(hooks, loaded, other),
    ...deviceCases(hooks, loaded),
    ...surfaceCases(hooks, loaded, other),
  ];
  return cases
    .filter(({ multiSession }) => multiSession === undefined || multiSession == hooks.multiSession)
    .map(({ name, sessions, run }) => ({ name, sessions: hooks.multiSession ? sessions : 1, run }));
}

/**
 * Runs every case of the contract against the client `create()` makes, one after another, and
 * returns what each did: `{ name, ok, error?, skipped? }`. Never rejects for a failed case.
 * `only` picks cases by name.
 */
export async function checkAdapter(
  create: () => AuthClient,
  hooks: AdapterHooks,
  { only }: { only?: readonly string[] } = {},
): Promise<ContractResult[]> {
  const results: ContractResult[] = [];
  for (const { name, sessions, run } of adapterContract(create, hooks)) {
    if (only && !only.includes(name)) continue;
    try {
      await hooks.signInSessions?.(sessions);
      const outcome = await run();
      results.push(outcome ? { name, ok: true, skipped: outcome.slice('skipped: '.length) } : { name, ok: true });
    } catch (error) {
      results.push({ name, ok: false, error: error instanceof Error ? error : new Error(String(error)) });
    }
  }
  return results;
}
