// The Auth.js adapter's sign-out against a stand-in `fetch` that answers as Auth.js does (its
// answers are in node_modules/@auth/core: `/signout` with X-Auth-Return-Redirect answers
// `{ url }`, the callbackUrl or an error page). The real server is in test/e2e/authjs.test.mjs.
import { beforeEach, mock, test } from 'node:test';
import assert from 'node:assert/strict';
import { AuthjsAdapter } from '../../src/adapters/core/authjs.js';

Object.assign(globalThis, { location: new URL('https://app.example/login?error=CredentialsSignin') });
beforeEach(() => void mock.method(console, 'warn', () => {}));

const ada = { user: { id: 'ada', name: 'Ada', email: 'ada@example.com' }, expires: '2100-01-01T00:00:00.000Z' };
const signal = () => new AbortController().signal;

/** Auth.js on `/api/auth`: `sessions` are the answers of `/session`, in turn (the last one stays). */
function authjs(sessions: (unknown | Error)[], signout: unknown = { url: 'https://app.example/' }) {
  const calls: string[] = [];
  const fetch = async (input: RequestInfo | URL, init?: RequestInit) => {
    const path = String(input).replace('/api/auth', '');
    calls.push(`${init?.method ?? 'GET'} ${path}${init?.body ? ` ${String(init.body)}` : ''}`);
    const answer =
      path == '/session'
        ? sessions.length > 1
          ? sessions.shift()
          : sessions[0]
        : path == '/csrf'
          ? { csrfToken: 't' }
          : signout;
    if (answer instanceof Error) throw answer;
    return new Response(typeof answer == 'string' ? answer : JSON.stringify(answer), { status: 200 });
  };
  return { calls, fetch: fetch as typeof globalThis.fetch };
}

test("sends this page as the callbackUrl; a refused sign-out (the session still there) rejects with Auth.js's code", async () => {
  const server = authjs([ada], { url: 'https://app.example/api/auth/signin?error=MissingCSRF' });
  const adapter = new AuthjsAdapter({ fetch: server.fetch });
  await adapter.ready;
  await assert.rejects(adapter.signOut({ scope: 'all', signal: signal() }), {
    message: 'authjs /signout: still signed in (MissingCSRF)',
  });
  assert.equal(adapter.session?.id, 'ada');
  const callbackUrl = encodeURIComponent('https://app.example/login?error=CredentialsSignin');
  assert.ok(server.calls.includes(`POST /signout csrfToken=t&callbackUrl=${callbackUrl}`), server.calls.join('\n'));
});

test("an answer that echoes the page's own ?error= is no refusal: the session ended, so signed out", async () => {
  const server = authjs([ada, null], { url: 'https://app.example/login?error=CredentialsSignin' });
  const adapter = new AuthjsAdapter({ fetch: server.fetch });
  await adapter.ready;
  await adapter.signOut({ scope: 'all', signal: signal() });
  assert.equal(adapter.session, null);
});

test('Auth.js answered the sign-out but /session cannot be read back (offline): signed out here all the same', async () => {
  const server = authjs([ada, new TypeError('Failed to fetch')]);
  const adapter = new AuthjsAdapter({ fetch: server.fetch });
  await adapter.ready;
  let heard = 0;
  const stop = adapter.addListener(() => heard++);
  await adapter.signOut({ scope: 'all', signal: signal() });
  stop();
  assert.equal(adapter.session, null);
  assert.deepEqual(adapter.sessions, []);
  assert.equal(heard, 1, 'the listeners heard of it');
});

test('the signal aborts once Auth.js answered the sign-out: the sign-out completes (the abort rule), offline or not', async () => {
  const controller = new AbortController();
  const server = authjs([ada, new TypeError('Failed to fetch')]);
  const adapter = new AuthjsAdapter({
    fetch: async (input, init) => {
      const answer = await server.fetch(input, init);
      if (String(input).endsWith('/signout')) controller.abort();
      return answer;
    },
  });
  await adapter.ready;
  await adapter.signOut({ scope: 'all', signal: controller.signal });
  assert.equal(adapter.session, null);
});

test('a refused sign-out that cannot be read back either rejects with the code and keeps the session', async () => {
  const server = authjs([ada, new TypeError('Failed to fetch')], {
    url: 'https://app.example/api/auth/signin?error=MissingCSRF',
  });
  const adapter = new AuthjsAdapter({ fetch: server.fetch });
  await adapter.ready;
  await assert.rejects(adapter.signOut({ scope: 'all', signal: signal() }), {
    message: 'authjs /signout: MissingCSRF',
  });
  assert.equal(adapter.session?.id, 'ada');
});

const page = '<!doctype html><title>My app</title>';

test("a 2xx answer that is no JSON object (a wrong basePath, the app's index.html) is an error naming the path", async () => {
  for (const body of [page, '"signed in"', '[]', '']) {
    const adapter = new AuthjsAdapter({ fetch: async () => new Response(body, { status: 200 }) });
    await assert.rejects(adapter.ready, { message: /^authjs \/session: .*basePath.*\(HTTP 200\)$/ }, body);
    assert.equal(adapter.session, null, 'signed out until a read succeeds');
  }
});

test('/csrf without a CSRF token (no JSON, or none in it) rejects with an error naming /csrf, never a TypeError', async () => {
  for (const csrf of [page, 'null', '{}', '{"csrfToken":""}', '{"csrfToken":7}']) {
    const server = authjs([ada]);
    const adapter = new AuthjsAdapter({
      fetch: async (input, init) =>
        String(input).endsWith('/csrf') ? new Response(csrf, { status: 200 }) : server.fetch(input, init),
    });
    await adapter.ready;
    await assert.rejects(adapter.signOut({ scope: 'all', signal: signal() }), { message: /^authjs \/csrf: / }, csrf);
    assert.ok(!server.calls.some(call => call.startsWith('POST')), 'nothing posted');
    assert.equal(adapter.session?.id, 'ada');
  }
});
