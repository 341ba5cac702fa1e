// Entry `auth-elements/adapters/firebase`: the adapter with the mount functions.
import type { AdapterOptions } from './core/adapter.js';
import { FirebaseAdapter, type FirebaseAuthLike } from './core/firebase.js';
import type { WithMount } from './mount.js';
import { withMount } from './with-mount.js';

export * from './core/firebase.js';
export type { AdapterOptions } from './core/adapter.js';
export type { MountFunctions } from './mount.js';

/** Wraps Firebase's `Auth` (`getAuth()` from `firebase/auth`) as an auth client for the elements. */
export const firebaseClient = (auth: FirebaseAuthLike, options?: AdapterOptions): WithMount<FirebaseAdapter> =>
  withMount(new FirebaseAdapter(auth, options));
