// The Auth.js adapter's reading of `/session`, whatever the app's session callback put in it: a
// numeric user id (a SERIAL column) is the session's id as text, fields that are no text are left
// out. A stand-in `fetch` answers; the real server is in test/e2e/authjs.test.mjs.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { AuthjsAdapter } from '../../src/adapters/core/authjs.js';

const answering = (body: unknown) => async () => new Response(JSON.stringify(body), { status: 200 });

test('a numeric user id is the session id as text: the user is signed in', async () => {
  const adapter = new AuthjsAdapter({
    fetch: answering({ user: { id: 42, name: 'Ada', email: 'ada@example.com', image: null } }),
  });
  await adapter.ready;
  assert.equal(adapter.session?.id, '42');
  assert.equal(adapter.session?.user.id, '42');
  assert.equal(adapter.session?.user.name, 'Ada');
});

test('fields that are no text are left out; an id that is neither text nor a number falls back to the email', async () => {
  const adapter = new AuthjsAdapter({
    fetch: answering({ user: { id: { oid: 1 }, name: 7, email: 'ada@example.com', image: ['x'] } }),
  });
  await adapter.ready;
  assert.equal(adapter.session?.id, 'ada@example.com');
  assert.equal(adapter.session?.user.name, null);
  assert.equal(adapter.session?.user.imageUrl, null);
});
