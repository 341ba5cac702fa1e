// Entry of dist/adapters/auth0.iife.js: `AuthElements.adapters.auth0(...)` for a classic script. The
// mount functions call `window.AuthElements` (dist/auth-elements.iife.js) when used.
import { Auth0Adapter, type Auth0AdapterOptions, type Auth0ClientLike } from '../core/auth0.js';
import { withGlobalMount } from '../global-mount.js';

export const auth0 = (client: Auth0ClientLike, options?: Auth0AdapterOptions) =>
  withGlobalMount(new Auth0Adapter(client, options));
