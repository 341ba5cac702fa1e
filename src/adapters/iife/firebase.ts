// Entry of dist/adapters/firebase.iife.js: `AuthElements.adapters.firebase(...)` for a classic script. The
// mount functions call `window.AuthElements` (dist/auth-elements.iife.js) when used.
import type { AdapterOptions } from '../core/adapter.js';
import { FirebaseAdapter, type FirebaseAuthLike } from '../core/firebase.js';
import { withGlobalMount } from '../global-mount.js';

export const firebase = (auth: FirebaseAuthLike, options?: AdapterOptions) =>
  withGlobalMount(new FirebaseAdapter(auth, options));
