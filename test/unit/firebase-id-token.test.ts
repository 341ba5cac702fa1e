// The Firebase adapter hears `updateProfile()`: Firebase tells only its ID-token listeners of it
// (`notifyAuthListeners` in @firebase/auth calls onAuthStateChanged's only when the uid changed).
// That path only reads: `user.reload()` fires the ID-token listeners too, so reloading there would
// loop. A stand-in `Auth` that notifies as Firebase does; the real SDK and emulator are in
// test/e2e/firebase.test.mjs.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { FirebaseAdapter, type FirebaseAuthLike, type FirebaseUserLike } from '../../src/adapters/core/firebase.js';

/** Settles every pending promise chain (the stand-in has no I/O). */
const settled = () => new Promise(resolve => setImmediate(resolve));

function standIn() {
  const tokenListeners = new Set<(user: FirebaseUserLike | null) => void>();
  const stateListeners = new Set<(user: FirebaseUserLike | null) => void>();
  let reloads = 0;
  const notifyTokens = () => tokenListeners.forEach(next => queueMicrotask(() => next(auth.currentUser)));
  const user: FirebaseUserLike = {
    uid: 'ada',
    displayName: 'Ada',
    email: 'ada@example.com',
    photoURL: null,
    // As Firebase's reload(): the ID-token listeners hear of it (no more after 20 reloads, so a
    // read loop ends in a failed assertion instead of a hung test).
    reload: async () => {
      if (++reloads <= 20) notifyTokens();
    },
  };
  const listen = (set: typeof tokenListeners) => (next: (user: FirebaseUserLike | null) => void) => {
    set.add(next);
    queueMicrotask(() => next(auth.currentUser));
    return () => void set.delete(next);
  };
  const auth: FirebaseAuthLike = {
    currentUser: user,
    authStateReady: async () => {},
    onAuthStateChanged: listen(stateListeners),
    onIdTokenChanged: listen(tokenListeners),
    signOut: async () => {},
  };
  /** As Firebase's updateProfile(): the user changes, then only the ID-token listeners hear. */
  const updateProfile = (profile: { displayName?: string; photoURL?: string }) => {
    Object.assign(user, profile);
    notifyTokens();
  };
  return { auth, updateProfile, reloads: () => reloads, listening: () => tokenListeners.size };
}

/** A stand-in Firebase and an adapter with one listener, settled; `before`: the reloads so far. */
async function listening() {
  const firebase = standIn();
  const adapter = new FirebaseAdapter(firebase.auth);
  await adapter.ready;
  const stop = adapter.addListener(() => {});
  await settled();
  return { firebase, adapter, stop, before: firebase.reloads() };
}

test('a new display name and photo (updateProfile) reach the elements, and that read reloads nothing', async () => {
  const { firebase, adapter, stop, before } = await listening();
  try {
    firebase.updateProfile({ displayName: 'Ada Lovelace', photoURL: 'https://example.com/ada.png' });
    await settled();
    assert.equal(adapter.session?.user.name, 'Ada Lovelace');
    assert.equal(adapter.session?.user.imageUrl, 'https://example.com/ada.png');
    assert.equal(firebase.reloads(), before, 'no reload on the ID-token path (it would fire the listeners again)');
  } finally {
    stop();
  }
  assert.equal(firebase.listening(), 0, 'unsubscribed with the last listener');
});

test('a refresh (which reloads the user) fires the ID-token listeners once, and no read loop follows', async () => {
  const { firebase, adapter, stop, before } = await listening();
  await adapter.refresh();
  await settled();
  await settled();
  assert.equal(before, 2, 'the start-up read and the first onAuthStateChanged call reload, nothing more');
  assert.equal(firebase.reloads(), before + 1);
  stop();
});

test('an Auth without onIdTokenChanged (an older shape) still works', async () => {
  const { auth } = standIn();
  const adapter = new FirebaseAdapter({ ...auth, onIdTokenChanged: undefined });
  await adapter.ready;
  const stop = adapter.addListener(() => {});
  assert.equal(adapter.session?.id, 'ada');
  stop();
});
