// The cross-tab receiver's pure parts: which messages are valid, the coalesced refresh, and the
// memory of the sessions each client showed.
import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { forgetGone, goneOf, parseMessage, refreshOnce, remember, watch } from '../../src/auth/cross-tab.js';
import { DEFAULT_TIMEOUT } from '../../src/auth/flight.js';
import type { AuthClient, AuthSession } from '../../src/auth/types.js';

const session = (id: string): AuthSession => ({ id, user: { id: 'u-' + id } });

describe('cross-tab message validation', () => {
  const valid: [unknown, object][] = [
    [
      { v: 1, tab: 't', type: 'signed-out', sessionId: 's1', scope: 'session' },
      { type: 'signed-out', scope: 'session', sessionId: 's1' },
    ],
    [
      { v: 1, tab: 't', type: 'signed-out', sessionId: null, scope: 'all' },
      { type: 'signed-out', scope: 'all', sessionId: null },
    ],
    [
      { v: 1, tab: 't', type: 'signed-out', sessionId: null, scope: 'everywhere', extra: 'ignored' },
      { type: 'signed-out', scope: 'everywhere', sessionId: null },
    ],
    [
      { v: 1, tab: 't', type: 'signed-out', sessionId: null, scope: 'others' },
      { type: 'signed-out', scope: 'others', sessionId: null },
    ],
    [
      { v: 1, tab: 't', type: 'session-switched', sessionId: 's2' },
      { type: 'session-switched', sessionId: 's2' },
    ],
  ];
  for (const [data, expected] of valid)
    test(`valid: ${JSON.stringify(data)}`, () => assert.deepEqual(parseMessage(data, 'mine'), expected));

  const invalid: unknown[] = [
    null,
    undefined,
    'signed-out',
    42,
    [],
    { v: 1, tab: 'mine', type: 'signed-out', sessionId: null, scope: 'all' },
    { v: '1', tab: 't', type: 'signed-out', sessionId: null, scope: 'all' },
    { v: 2, tab: 't', type: 'signed-out', sessionId: null, scope: 'all' },
    { tab: 't', type: 'signed-out', sessionId: null, scope: 'all' },
    { v: 1, type: 'signed-out', sessionId: null, scope: 'all' },
    { v: 1, tab: 7, type: 'signed-out', sessionId: null, scope: 'all' },
    { v: 1, tab: 't', type: 'signed-in', sessionId: null, scope: 'all' },
    { v: 1, tab: 't', type: 'signed-out', sessionId: 's1', scope: 'all' },
    { v: 1, tab: 't', type: 'signed-out', sessionId: null, scope: 'session' },
    { v: 1, tab: 't', type: 'signed-out', sessionId: 5, scope: 'session' },
    { v: 1, tab: 't', type: 'signed-out', sessionId: null, scope: ['all'] },
    { v: 1, tab: 't', type: 'signed-out', scope: 'all' },
    { v: 1, tab: 't', type: 'signed-out', sessionId: null, scope: 'ALL' },
    { v: 1, tab: 't', type: 'signed-out', sessionId: 's1', scope: 'others' },
    { v: 1, tab: 't', type: 'session-switched', sessionId: null },
    { v: 1, tab: 't', type: 'session-switched', sessionId: ['s1'] },
  ];
  for (const data of invalid)
    test(`ignored: ${JSON.stringify(data)}`, () => assert.equal(parseMessage(data, 'mine'), null));
});

describe('coalesced refreshes', () => {
  test('any number of requests while one runs: one in flight and one queued, which they all share', async () => {
    const pending: (() => void)[] = [];
    let calls = 0;
    const client: AuthClient = {
      session: null,
      signOut: async () => {},
      refresh: () => {
        calls++;
        return new Promise<void>(resolve => pending.push(resolve));
      },
    };
    const requests = Array.from({ length: 20_000 }, () => refreshOnce(client));
    assert.equal(calls, 1);
    pending[0]!();
    await new Promise(resolve => setImmediate(resolve));
    assert.equal(calls, 2, 'the queued one started');
    pending[1]!();
    await Promise.all(requests);
    assert.equal(calls, 2);
    // A later request refreshes again.
    const later = refreshOnce(client);
    assert.equal(calls, 3);
    pending[2]!();
    await later;
  });

  test('a refresh that throws or rejects leaves the state as it was and never rejects', async () => {
    for (const refresh of [
      () => {
        throw new Error('sync');
      },
      () => Promise.reject(new Error('async')),
    ]) {
      const client: AuthClient = { session: null, signOut: async () => {}, refresh };
      await refreshOnce(client);
      await refreshOnce(client);
    }
    await refreshOnce({ session: null, signOut: async () => {} });
  });
});

describe('the sessions each client showed recently', () => {
  test('gone: shown before and no longer there; forgotten once reported', () => {
    const client: { session: AuthSession | null; sessions: AuthSession[]; signOut(): Promise<void> } = {
      session: session('s1'),
      sessions: [session('s1'), session('s2')],
      signOut: async () => {},
    };
    remember(client);
    assert.deepEqual(goneOf(client), []);
    client.session = session('s2');
    client.sessions = [session('s2')];
    // The provider's own sync was first: the client shows the new state already, the memory still knows s1.
    remember(client);
    assert.deepEqual(goneOf(client), ['s1']);
    forgetGone(client);
    assert.deepEqual(goneOf(client), []);
  });

  test('a session missing for longer than the default timeout is forgotten: a later message is not about it', t => {
    t.mock.timers.enable({ apis: ['Date'], now: 0 });
    const client: { session: AuthSession | null; sessions: AuthSession[]; signOut(): Promise<void> } = {
      session: session('a'),
      sessions: [session('a')],
      signOut: async () => {},
    };
    remember(client);
    // A ended outside the elements (the app's own code, an expiry), then B signed in.
    client.session = session('b');
    client.sessions = [session('b')];
    remember(client);
    assert.deepEqual(goneOf(client), ['a'], 'gone a moment ago: a message now may be about it');
    t.mock.timers.tick(DEFAULT_TIMEOUT);
    remember(client);
    assert.deepEqual(goneOf(client), ['a'], 'still within the timeout');
    t.mock.timers.tick(1);
    remember(client); // what the receiver does first when a message arrives
    assert.deepEqual(goneOf(client), [], 'forgotten: missing for longer than the timeout');

    // Shown again before the timeout: missing anew from its next disappearance.
    client.sessions = [session('b'), session('c')];
    remember(client);
    client.sessions = [session('b')];
    remember(client);
    t.mock.timers.tick(DEFAULT_TIMEOUT - 1);
    client.sessions = [session('b'), session('c')];
    remember(client);
    client.sessions = [session('b')];
    t.mock.timers.tick(DEFAULT_TIMEOUT);
    remember(client);
    assert.deepEqual(goneOf(client), ['c']);
  });

  test('elements binding one client together read its sessions once; every notification reads them', async () => {
    let reads = 0;
    let current: AuthSession | null = session('s1');
    const listeners: (() => void)[] = [];
    const client = {
      get session(): AuthSession | null {
        reads++;
        return current;
      },
      addListener(listener: () => void) {
        listeners.push(listener);
        return () => {};
      },
      signOut: async () => {},
    };
    let rendered = 0;
    for (let i = 0; i < 3; i++) watch(client, () => rendered++);
    assert.equal(reads, 1, 'three binds in one task, one read');
    await Promise.resolve();
    watch(client, () => rendered++);
    assert.equal(reads, 2, 'a bind in a later task reads again');
    current = session('s2');
    for (const listener of listeners) listener();
    assert.equal(rendered, 4, 'every listener is called');
    assert.equal(reads, 6, 'a notification in the same task as a bind still reads, once per listener');
    current = null;
    assert.deepEqual(goneOf(client).sort(), ['s1', 's2']);
  });

  test('after a subscription ends, a bind in the same task reads again (a change meanwhile went unheard)', () => {
    let current: AuthSession | null = session('a1');
    const client = {
      get session(): AuthSession | null {
        return current;
      },
      addListener: () => () => {},
      signOut: async () => {},
    };
    const off = watch(client, () => {});
    off();
    // Changed while nobody listened, then bound again before the read above expired.
    current = session('a2');
    watch(client, () => {});
    current = null;
    assert.deepEqual(goneOf(client).sort(), ['a1', 'a2']);
  });

  test('a client that throws, is loading or lists no sessions', () => {
    const throwing = {
      get session(): AuthSession {
        throw new Error('broke');
      },
      signOut: async () => {},
    };
    remember(throwing);
    assert.deepEqual(goneOf(throwing), []);
    const loading = { session: undefined, signOut: async () => {} };
    remember(loading);
    assert.deepEqual(goneOf(loading), []);
    const single: { session: AuthSession | null; signOut(): Promise<void> } = {
      session: session('a'),
      signOut: async () => {},
    };
    remember(single);
    single.session = null;
    assert.deepEqual(goneOf(single), ['a']);
    const odd = {
      session: { id: 5 } as unknown as AuthSession,
      sessions: 'x' as unknown as AuthSession[],
      signOut: async () => {},
    };
    remember(odd);
    assert.deepEqual(goneOf(odd), []);
  });
});
