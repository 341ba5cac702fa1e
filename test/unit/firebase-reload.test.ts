// The Firebase adapter when `user.reload()` fails for a reason other than an ended account
// (offline, throttled): the state Firebase holds is still read. A stand-in `Auth`; the real
// emulator is in test/e2e/firebase.test.mjs.
import { beforeEach, mock, test } from 'node:test';
import assert from 'node:assert/strict';
import { FirebaseAdapter, type FirebaseAuthLike } from '../../src/adapters/core/firebase.js';

beforeEach(() => void mock.method(console, 'warn', () => {}));

const offline = () =>
  Object.assign(new Error('Firebase: Error (auth/network-request-failed).'), { code: 'auth/network-request-failed' });

test('a reload that fails offline: the signed-in user is still read (not loading forever)', async () => {
  const auth: FirebaseAuthLike = {
    currentUser: {
      uid: 'ada',
      displayName: 'Ada Lovelace',
      email: 'ada@example.com',
      photoURL: null,
      reload: () => Promise.reject(offline()),
    },
    authStateReady: async () => {},
    onAuthStateChanged: () => () => {},
    signOut: async () => {},
  };
  const adapter = new FirebaseAdapter(auth);
  await adapter.ready;
  assert.equal(adapter.session?.id, 'ada');
  assert.equal(adapter.session?.user.name, 'Ada Lovelace');
  // A later refresh, offline again, still follows what Firebase holds.
  (auth as { currentUser: unknown }).currentUser = null;
  await adapter.refresh();
  assert.equal(adapter.session, null);
});
