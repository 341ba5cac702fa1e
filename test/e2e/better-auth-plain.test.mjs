// The better-auth adapter (as built) with the real client and a real better-auth server without
// the multiSession plugin (and with its default session.freshAge), in this process: a memory
// database, the server's handler as the client's fetch, cookies kept as a browser keeps them.
// better-auth's client answers every property name (`client.multiSession` is there without the
// plugin), so only the server can tell.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { betterAuth } from 'better-auth';
import { memoryAdapter } from 'better-auth/adapters/memory';
import { createAuthClient } from 'better-auth/client';
import { multiSessionClient } from 'better-auth/client/plugins';
import { multiSession } from 'better-auth/plugins';
import { createAuthClient as createReactClient } from 'better-auth/react';
import { BetterAuthAdapter } from '../../dist/npm/adapters/core/better-auth.js';

const ORIGIN = 'http://app.test';

/** A better-auth server without plugins, and a client of one browser (its cookie jar). */
function plainSetup({ plugin = false } = {}) {
  const db = { user: [], session: [], account: [], verification: [] };
  const auth = betterAuth({
    baseURL: ORIGIN,
    secret: 'a-test-secret-that-is-long-enough-0123456789',
    database: memoryAdapter(db),
    emailAndPassword: { enabled: true, autoSignIn: true },
    telemetry: { enabled: false },
    logger: { disabled: true },
    plugins: plugin ? [multiSession()] : [],
  });
  const jar = new Map();
  const customFetchImpl = async (input, init) => {
    const request = new Request(input, init);
    const headers = new Headers(request.headers);
    if (jar.size) headers.set('cookie', [...jar].map(([name, value]) => `${name}=${value}`).join('; '));
    headers.set('origin', ORIGIN);
    const response = await auth.handler(new Request(request, { headers }));
    for (const cookie of response.headers.getSetCookie()) {
      const [pair] = cookie.split(';');
      const [name, value] = [pair.slice(0, pair.indexOf('=')), pair.slice(pair.indexOf('=') + 1)];
      if (value && !/max-age=0/i.test(cookie)) jar.set(name, value);
      else jar.delete(name);
    }
    return response;
  };
  const client = createAuthClient({
    baseURL: ORIGIN,
    fetchOptions: { customFetchImpl },
    plugins: plugin ? [multiSessionClient()] : [],
  });
  /** better-auth/react's client of the same browser: its `useSession` is a hook. */
  const reactClient = () => createReactClient({ baseURL: ORIGIN, fetchOptions: { customFetchImpl } });
  return { auth, db, client, reactClient };
}

test('without the multiSession plugin: signed in, one session, signed out with signOut()', async () => {
  const { client, db } = plainSetup();
  const { error } = await client.signUp.email({ email: 'ada@example.com', password: 'ada-password', name: 'Ada' });
  assert.equal(error, null);
  const adapter = new BetterAuthAdapter(client);
  await adapter.ready;
  assert.equal(adapter.session?.user.name, 'Ada', 'signed in, as getSession says');
  assert.deepEqual(
    adapter.sessions.map(({ id }) => id),
    [adapter.session.id],
  );
  await adapter.signOut({ scope: 'session', signal: new AbortController().signal });
  assert.equal(adapter.session, null);
  assert.equal(db.session.length, 0, 'the session row is gone');
});

test('a session older than session.freshAge: the device list fails with an error that says what to do', async () => {
  const { client, db } = plainSetup();
  await client.signUp.email({ email: 'ada@example.com', password: 'ada-password', name: 'Ada' });
  const adapter = new BetterAuthAdapter(client);
  await adapter.ready;
  const signal = new AbortController().signal;
  assert.equal((await adapter.listDevices({ signal })).length, 1, 'a fresh session lists its devices');
  const [row] = db.session;
  row.createdAt = new Date(Date.now() - 2 * 86_400_000); // signed in two days ago
  await assert.rejects(adapter.listDevices({ signal }), error => {
    assert.match(error.message, /^better-auth listSessions: .*session\.freshAge.*sign in again/);
    return true;
  });
});

test("with better-auth/react's client (useSession is a hook): a profile update reaches the listeners", async () => {
  const { client, reactClient } = plainSetup();
  await client.signUp.email({ email: 'ada@example.com', password: 'ada-password', name: 'Ada' });
  const react = reactClient();
  const adapter = new BetterAuthAdapter(react);
  await adapter.ready;
  let heard = 0;
  const off = adapter.addListener(() => heard++);
  try {
    const { error } = await react.updateUser({ name: 'Ada Lovelace' });
    assert.equal(error, null);
    for (let i = 0; i < 100 && adapter.session?.user.name != 'Ada Lovelace'; i++)
      await new Promise(resolve => setTimeout(resolve, 10));
    assert.equal(adapter.session?.user.name, 'Ada Lovelace');
    assert.ok(heard >= 1);
  } finally {
    off();
  }
});

test('with the plugin: the current session revoked on another device, another account of this browser becomes current', async () => {
  const { client, db } = plainSetup({ plugin: true });
  await client.signUp.email({ email: 'ada@example.com', password: 'ada-password', name: 'Ada' });
  await client.signUp.email({ email: 'grace@example.com', password: 'grace-password', name: 'Grace' });
  const adapter = new BetterAuthAdapter(client);
  await adapter.ready;
  assert.equal(adapter.session?.user.name, 'Grace');
  const off = adapter.addListener(() => {});
  try {
    await new Promise(resolve => setTimeout(resolve, 50)); // the session atom's first answer
    const grace = adapter.session.id;
    db.session.splice(
      db.session.findIndex(row => row.id == grace),
      1,
    ); // revoked from another device
    client.$store.notify('$sessionSignal'); // what the atom's refetch on focus does
    for (let i = 0; i < 100 && adapter.session?.user.name != 'Ada'; i++)
      await new Promise(resolve => setTimeout(resolve, 10));
    assert.equal(adapter.session?.user.name, 'Ada');
  } finally {
    off();
  }
});
