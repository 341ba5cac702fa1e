// The better-auth adapter with a stand-in client: its subscription to better-auth's session atom,
// held only while the adapter has listeners, a changed user (same session) passed on, unknown
// scopes refused, and a sign-out that stands after a timeout. The real client and server are in
// test/e2e/better-auth.test.mjs.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import {
  BetterAuthAdapter,
  type BetterAuthClientLike,
  type BetterAuthSessionData,
} from '../../src/adapters/core/better-auth.js';

const flush = () => new Promise(resolve => setImmediate(resolve));

function standIn() {
  let data: BetterAuthSessionData = { session: { id: 's1', token: 't1' }, user: { id: 'u1', name: 'Ada' } };
  const subscribers = new Set<(value: { data?: unknown; isPending?: boolean }) => void>();
  const ok = async () => ({ data: null, error: null });
  const client = {
    getSession: async () => ({ data, error: null }),
    signOut: ok,
    revokeSessions: ok,
    useSession: {
      subscribe(listener: (value: { data?: unknown; isPending?: boolean }) => void) {
        subscribers.add(listener);
        listener({ data, isPending: false }); // a nanostores atom answers at once
        return () => void subscribers.delete(listener);
      },
    },
  } as unknown as BetterAuthClientLike;
  /** The server's state changed and the atom refetched it. */
  const refetched = (next: BetterAuthSessionData) => {
    data = next;
    for (const listener of subscribers) listener({ data, isPending: false });
  };
  return { client, subscribers, refetched };
}

test('the session atom is watched only while the adapter has listeners', async () => {
  const { client, subscribers } = standIn();
  const adapter = new BetterAuthAdapter(client);
  await adapter.ready;
  assert.equal(subscribers.size, 0, 'no subscription without listeners');
  const off = adapter.addListener(() => {});
  assert.equal(subscribers.size, 1);
  off();
  assert.equal(subscribers.size, 0, 'the last listener gone, the subscription ends');
});

test('a changed user of the same session is re-read and heard; an unchanged refetch reads nothing', async () => {
  const { client, refetched } = standIn();
  const adapter = new BetterAuthAdapter(client);
  await adapter.ready;
  let heard = 0;
  adapter.addListener(() => heard++);
  refetched({ session: { id: 's1', token: 't1' }, user: { id: 'u1', name: 'Ada' } }); // a focus refetch
  await flush();
  assert.equal(heard, 0);
  refetched({
    session: { id: 's1', token: 't1' },
    user: { id: 'u1', name: 'Ada King', image: 'https://cdn.example/a.png' },
  });
  await flush();
  assert.equal(heard, 1);
  assert.equal(adapter.session?.user.name, 'Ada King');
  assert.equal(adapter.session?.user.imageUrl, 'https://cdn.example/a.png');
});

test('a scope the adapter does not know is refused before anything ends', async () => {
  const { client } = standIn();
  let calls = 0;
  client.signOut = async () => (calls++, { data: null, error: null });
  const adapter = new BetterAuthAdapter(client);
  await adapter.ready;
  for (const scope of ['global', 'local', '']) {
    await assert.rejects(
      adapter.signOut({ scope: scope as 'all', signal: new AbortController().signal }),
      /scope '.*' is not supported/,
    );
  }
  assert.equal(calls, 0);
  assert.equal(adapter.session?.id, 's1');
});

test('a timeout after the revoke succeeded: the sign-out stands, and the state is still re-read', async () => {
  const row = (id: string) => ({ session: { id, token: `token-${id}` }, user: { id: `u-${id}`, name: id } });
  let rows = [row('a'), row('b')];
  let current: ReturnType<typeof row> | null = rows[0]!;
  const controller = new AbortController();
  let revoked = false;
  /** An answer that, like a fetch, fails once its signal aborted. */
  const answer = async <T>(data: T, signal?: AbortSignal) => {
    await flush();
    signal?.throwIfAborted();
    return { data, error: null };
  };
  const ok = async () => ({ data: null, error: null });
  const client = {
    getSession: ({ fetchOptions }: { fetchOptions?: { signal?: AbortSignal } } = {}) =>
      answer(current, fetchOptions?.signal),
    signOut: ok,
    revokeSessions: ok,
    multiSession: {
      listDeviceSessions: ({ fetchOptions }: { fetchOptions?: { signal?: AbortSignal } } = {}) =>
        answer(rows, fetchOptions?.signal),
      revoke: async ({ sessionToken }: { sessionToken: string }) => {
        rows = rows.filter(r => r.session.token != sessionToken);
        if (current?.session.token == sessionToken) current = null;
        revoked = true;
        controller.abort(); // the element's timeout fires just after the server answered
        return { data: null, error: null };
      },
      setActive: async ({ sessionToken }: { sessionToken: string }) => {
        current = rows.find(r => r.session.token == sessionToken) ?? null;
        return { data: null, error: null };
      },
    },
  } as unknown as BetterAuthClientLike;
  const adapter = new BetterAuthAdapter(client);
  await adapter.ready;
  assert.equal(adapter.session?.id, 'a');
  await adapter.signOut({ scope: 'session', sessionId: 'a', signal: controller.signal }).catch(() => {});
  assert.ok(revoked);
  assert.equal(adapter.session?.id, 'b', 'the other account is current');
  assert.deepEqual(
    adapter.sessions.map(s => s.id),
    ['b'],
  );
});
