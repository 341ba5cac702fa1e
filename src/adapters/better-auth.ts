// Entry `auth-elements/adapters/better-auth`: the adapter with the mount functions.
import { BetterAuthAdapter, type BetterAuthAdapterOptions, type BetterAuthClientLike } from './core/better-auth.js';
import type { WithMount } from './mount.js';
import { withMount } from './with-mount.js';

export * from './core/better-auth.js';
export type { AdapterOptions } from './core/adapter.js';
export type { MountFunctions } from './mount.js';

/** Wraps a better-auth browser client as an auth client for the elements. */
export const betterAuthClient = (
  client: BetterAuthClientLike,
  options?: BetterAuthAdapterOptions,
): WithMount<BetterAuthAdapter> => withMount(new BetterAuthAdapter(client, options));
