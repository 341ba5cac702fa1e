// Entry of dist/adapters/oidc.iife.js: `AuthElements.adapters.oidc(...)` for a classic script. The
// mount functions call `window.AuthElements` (dist/auth-elements.iife.js) when used.
import type { UserManager } from 'oidc-client-ts';
import { OidcAdapter, type OidcAdapterOptions } from '../core/oidc.js';
import { withGlobalMount } from '../global-mount.js';

export const oidc = (manager: UserManager, options?: OidcAdapterOptions) =>
  withGlobalMount(new OidcAdapter(manager, options));
