// Entry `auth-elements/adapters/authjs`: the adapter with the mount functions.
import { AuthjsAdapter, type AuthjsAdapterOptions } from './core/authjs.js';
import type { WithMount } from './mount.js';
import { withMount } from './with-mount.js';

export * from './core/authjs.js';
export type { AdapterOptions } from './core/adapter.js';
export type { MountFunctions } from './mount.js';

/** Talks to an Auth.js server (its `basePath`, default `/api/auth`) as an auth client for the elements. */
export const authjsClient = (options?: AuthjsAdapterOptions): WithMount<AuthjsAdapter> =>
  withMount(new AuthjsAdapter(options));
