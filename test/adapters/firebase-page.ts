// The Firebase adapter against the Firebase Auth emulator (test/e2e/firebase.test.mjs opens this
// page with `?emulator=ORIGIN&project=ID`): the adapter contract and Firebase's own checks, each
// run from the test with `contractPage.run(name)` / `firebaseChecks.NAME()`.
import { initializeApp } from '@firebase/app';
import {
  connectAuthEmulator,
  createUserWithEmailAndPassword,
  getAuth,
  onIdTokenChanged,
  signInWithEmailAndPassword,
  updateProfile,
  type Auth,
} from '@firebase/auth';
import '../../src/define.js';
import { firebaseClient } from '../../src/adapters/firebase.js';
import { adapterContract, type AdapterHooks } from '../../src/testing/index.js';

const params = new URLSearchParams(location.search);
const emulator = params.get('emulator')!;
const projectId = params.get('project')!;
const app = initializeApp({ apiKey: 'demo-api-key', projectId, authDomain: `${projectId}.firebaseapp.com` });
const auth: Auth = getAuth(app);
connectAuthEmulator(auth, emulator, { disableWarnings: true });
// Made at once, before Firebase restored the persisted user (late SDK initialisation).
const early = firebaseClient(auth);
const earlySessions: unknown[] = [early.session];
early.addListener(() => earlySessions.push(early.session?.id ?? null));

const password = 'firebase-password';

/** The uid Firebase persisted for this browser (what a reload signs back in), read from IndexedDB. */
async function persisted(): Promise<string[]> {
  const db = await new Promise<IDBDatabase>((resolve, reject) => {
    const request = indexedDB.open('firebaseLocalStorageDb');
    request.onsuccess = () => resolve(request.result);
    request.onerror = () => reject(request.error);
  });
  try {
    if (!db.objectStoreNames.contains('firebaseLocalStorage')) return [];
    const rows = await new Promise<{ fbase_key: string; value: { uid?: string } }[]>((resolve, reject) => {
      const request = db.transaction('firebaseLocalStorage').objectStore('firebaseLocalStorage').getAll();
      request.onsuccess = () => resolve(request.result as never);
      request.onerror = () => reject(request.error);
    });
    return rows.filter(row => row.fbase_key.startsWith('firebase:authUser:')).map(row => row.value.uid!);
  } finally {
    db.close();
  }
}

/** The emulator's own REST API, as the project owner. */
const admin = (route: string, body: unknown) =>
  fetch(`${emulator}/identitytoolkit.googleapis.com/v1/projects/${projectId}/${route}`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', authorization: 'Bearer owner' },
    body: JSON.stringify(body),
  });

let blocked: (() => void) | undefined;
const hooks: AdapterHooks = {
  multiSession: false,
  scopes: ['session', 'all'],
  async signInSessions() {
    await createUserWithEmailAndPassword(auth, `fb-${crypto.randomUUID().slice(0, 8)}@example.com`, password);
  },
  serverSessions: persisted,
  // The account was disabled elsewhere (the console, the Admin SDK): Firebase notices on reload.
  async endElsewhere(uid) {
    const response = await admin('accounts:update', { localId: uid, disableUser: true });
    if (!response.ok) throw new Error(`accounts:update answered ${response.status}`);
  },
  // A sign-out Firebase refuses: a beforeAuthStateChanged callback that throws.
  async fault(status) {
    blocked?.();
    blocked = status
      ? auth.beforeAuthStateChanged(() => {
          throw new Error(`Injected failure ${status}`);
        })
      : undefined;
  },
};

const cases = Object.fromEntries(adapterContract(() => firebaseClient(auth), hooks).map(c => [c.name, c]));

const signal = () => new AbortController().signal;

/** Firebase's own checks; each resolves null or what went wrong. */
const checks: Record<string, () => Promise<unknown>> = {
  async earlyAdapter() {
    await early.ready;
    return { earlySessions, now: early.session?.id ?? null, uid: auth.currentUser?.uid ?? null };
  },
  async errorText() {
    await hooks.fault!(503);
    try {
      const adapter = firebaseClient(auth);
      await adapter.ready;
      return await adapter.signOut({ scope: 'all', signal: signal() }).then(
        () => 'resolved',
        (error: Error) => error.message,
      );
    } finally {
      await hooks.fault!(null);
    }
  },
  async listeners() {
    let open = 0;
    const subscribe = auth.onAuthStateChanged.bind(auth);
    const counting = Object.create(auth, {
      onAuthStateChanged: {
        value: (next: never) => {
          const off = subscribe(next);
          open++;
          return () => {
            open--;
            off();
          };
        },
      },
    }) as Auth;
    const adapter = firebaseClient(counting);
    const counts = [open];
    const a = adapter.addListener(() => {});
    const b = adapter.addListener(() => {});
    counts.push(open);
    a();
    counts.push(open);
    b();
    counts.push(open);
    return counts;
  },
  async signOutButton() {
    const adapter = firebaseClient(auth);
    await adapter.ready;
    const { element } = adapter.mountSignOutButton(document.querySelector('#mount')!, { scope: 'all' });
    await (element as HTMLElement & { updateComplete: Promise<unknown> }).updateComplete;
    const done = new Promise(resolve => addEventListener('auth-signed-out', resolve, { once: true }));
    element.shadowRoot!.querySelector('button')!.click();
    await done;
    return { session: adapter.session, persisted: await persisted() };
  },
  /** Renames the user with Firebase's updateProfile(): the name an adapter that listens shows then. */
  async profileUpdate() {
    // The adapter reloads the user when it subscribes (onAuthStateChanged's first call): that
    // reload must be over first, or it would read the new name by itself.
    const user = auth.currentUser!;
    const reloads: Promise<void>[] = [];
    const reload = user.reload.bind(user);
    user.reload = () => reloads[reloads.push(reload()) - 1]!;
    const task = () => new Promise(resolve => setTimeout(resolve)); // a task boundary, not a wait for time
    const adapter = firebaseClient(auth);
    await adapter.ready;
    const stop = adapter.addListener(() => {});
    await task();
    await Promise.allSettled(reloads);
    await task();
    delete (user as Partial<typeof user>).reload;
    const name = `Renamed ${crypto.randomUUID().slice(0, 8)}`;
    // Firebase calls its ID-token listeners in the order they subscribed: this one after the adapter's.
    const heard = new Promise<void>(resolve => {
      const off = onIdTokenChanged(auth, user => {
        if (user?.displayName != name) return;
        off();
        resolve();
      });
    });
    await updateProfile(auth.currentUser!, { displayName: name });
    // Firebase's server answers updateProfile with new tokens, and the SDK then tells its
    // ID-token listeners only; the emulator issues none for a profile change, so the new token
    // (carrying the new name) is asked for here, which the SDK announces the same way.
    await auth.currentUser!.getIdToken(true);
    await heard;
    // The adapter's read of that notification runs in promise jobs only (no request): one task
    // later it has applied its state.
    await task();
    stop();
    return { expected: name, shown: adapter.session?.user.name ?? null };
  },
  signInAgain: async () => (await signInWithEmailAndPassword(auth, String(params.get('email')), password)).user.uid,
};

Object.assign(window, {
  firebaseAuth: auth,
  firebaseChecks: checks,
  contractPage: {
    cases: Object.keys(cases),
    sessionsFor: (name: string) => cases[name]!.sessions,
    setup: (count: number) => hooks.signInSessions!(count),
    async run(name: string): Promise<string | null> {
      try {
        return (await cases[name]!.run()) ?? null;
      } catch (error) {
        return String((error as Error).stack ?? error);
      }
    },
  },
});
document.querySelector('#status')!.textContent = 'ready';
