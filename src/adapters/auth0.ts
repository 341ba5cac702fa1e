// Entry `auth-elements/adapters/auth0`: the adapter with the mount functions.
import { Auth0Adapter, type Auth0AdapterOptions, type Auth0ClientLike } from './core/auth0.js';
import type { WithMount } from './mount.js';
import { withMount } from './with-mount.js';

export * from './core/auth0.js';
export type { AdapterOptions } from './core/adapter.js';
export type { MountFunctions } from './mount.js';

/** Wraps an `Auth0Client` (`@auth0/auth0-spa-js`) as an auth client for the elements. */
export const auth0Client = (client: Auth0ClientLike, options?: Auth0AdapterOptions): WithMount<Auth0Adapter> =>
  withMount(new Auth0Adapter(client, options));
