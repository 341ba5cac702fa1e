// Entry `auth-elements/adapters/clerk`: the adapter with the mount functions.
import type { AdapterOptions } from './core/adapter.js';
import { ClerkAdapter, type ClerkLike } from './core/clerk.js';
import type { WithMount } from './mount.js';
import { withMount } from './with-mount.js';

export * from './core/clerk.js';
export type { AdapterOptions } from './core/adapter.js';
export type { MountFunctions } from './mount.js';

/** Wraps a loaded (or loading) `window.Clerk` as an auth client for the elements. */
export const clerkClient = (clerk: ClerkLike, options?: AdapterOptions): WithMount<ClerkAdapter> =>
  withMount(new ClerkAdapter(clerk, options));
