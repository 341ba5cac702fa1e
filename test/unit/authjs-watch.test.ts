// The Auth.js adapter follows changes it did not make while it has listeners: a sign-in or
// sign-out of the app in another tab (next-auth/react posts on BroadcastChannel('next-auth')),
// the page shown again (`visibilitychange`), and the session's `expires` passing (a timer, clamped
// to setTimeout's 2^31-1 ms, set again on every read). A stand-in `fetch` answers `/session`;
// Node's own BroadcastChannel carries the messages; mock timers drive the expiry.
import { afterEach, test, mock } from 'node:test';
import assert from 'node:assert/strict';
import { AuthjsAdapter } from '../../src/adapters/core/authjs.js';

const MAX = 2 ** 31 - 1;
const user = { id: 'ada', name: 'Ada', email: 'ada@example.com' };

afterEach(() => {
  mock.timers.reset();
  delete (globalThis as { document?: unknown }).document;
});

/** An adapter whose `/session` answers `answers` in turn (the last one stays), watched by one listener. */
async function watched(answers: unknown[]) {
  const reads: number[] = [];
  const adapter = new AuthjsAdapter({
    fetch: async () => {
      reads.push(Date.now());
      return new Response(JSON.stringify(answers.length > 1 ? answers.shift() : answers[0]), { status: 200 });
    },
  });
  await adapter.ready;
  let waiting: (() => void) | undefined;
  const stop = adapter.addListener(() => waiting?.());
  /** Resolves at the next notification. */
  const changed = () => new Promise<void>(resolve => (waiting = resolve));
  return { adapter, reads, stop, changed };
}

test('the session ends when its expires passes: re-read then, not before', async () => {
  mock.timers.enable({ apis: ['setTimeout', 'Date'], now: 0 });
  const { adapter, reads, stop, changed } = await watched([{ user, expires: new Date(60_000).toISOString() }, null]);
  assert.equal(adapter.session?.id, 'ada');
  mock.timers.tick(59_999);
  assert.equal(reads.length, 1, 'no read before expires');
  const heard = changed();
  mock.timers.tick(1);
  await heard;
  assert.equal(adapter.session, null);
  assert.equal(reads.length, 2);
  stop();
});

test('an expires beyond 2^31-1 ms is waited for in steps (a longer setTimeout fires at once); a past one sets no timer', async () => {
  mock.timers.enable({ apis: ['setTimeout', 'Date'], now: 0 });
  const far = { user, expires: new Date(3 * MAX).toISOString() };
  const { reads, stop } = await watched([far]);
  mock.timers.tick(MAX - 1);
  assert.equal(reads.length, 1);
  mock.timers.tick(1);
  assert.equal(reads.length, 2, 're-read after the longest timer');
  // Let that read finish (it sets the timer again), then once more.
  await new Promise(resolve => setImmediate(resolve));
  mock.timers.tick(MAX);
  assert.equal(reads.length, 3);
  stop();

  // The server still answers a session whose expires has passed here (a clock ahead of the
  // server's): no timer, so no read loop.
  const past = await watched([{ user, expires: new Date(0).toISOString() }]);
  mock.timers.tick(10 * MAX);
  assert.equal(past.reads.length, 1);
  past.stop();
});

test("a message on next-auth's BroadcastChannel (next-auth/react in another tab) re-reads", async () => {
  const { adapter, reads, stop, changed } = await watched([{ user }, null]);
  const other = new BroadcastChannel('next-auth');
  try {
    const heard = changed();
    other.postMessage({ event: 'session', data: { trigger: 'signout' } });
    await heard;
    assert.equal(adapter.session, null);
    assert.equal(reads.length, 2);
  } finally {
    other.close();
    stop();
  }
});

test('the page shown again (visibilitychange to visible) re-reads; hidden does not; none after the last listener left', async () => {
  const doc = Object.assign(new EventTarget(), { visibilityState: 'hidden' });
  Object.assign(globalThis, { document: doc });
  const { adapter, reads, stop, changed } = await watched([null, { user }]);
  doc.dispatchEvent(new Event('visibilitychange'));
  assert.equal(reads.length, 1, 'hidden: no read');
  doc.visibilityState = 'visible';
  const heard = changed();
  doc.dispatchEvent(new Event('visibilitychange'));
  await heard;
  assert.equal(adapter.session?.id, 'ada');
  stop();
  doc.dispatchEvent(new Event('visibilitychange'));
  const other = new BroadcastChannel('next-auth');
  other.postMessage({ event: 'session' });
  other.close();
  assert.equal(reads.length, 2, 'unwatched: no read');
});
