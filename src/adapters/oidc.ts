// Entry `auth-elements/adapters/oidc`: the adapter with the mount functions.
import type { UserManager } from 'oidc-client-ts';
import { OidcAdapter, type OidcAdapterOptions } from './core/oidc.js';
import type { WithMount } from './mount.js';
import { withMount } from './with-mount.js';

export * from './core/oidc.js';
export type { AdapterOptions } from './core/adapter.js';
export type { MountFunctions } from './mount.js';

/** Wraps an oidc-client-ts `UserManager` as an auth client for the elements. */
export const oidcClient = (manager: UserManager, options?: OidcAdapterOptions): WithMount<OidcAdapter> =>
  withMount(new OidcAdapter(manager, options));
