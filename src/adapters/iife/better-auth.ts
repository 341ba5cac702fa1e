// Entry of dist/adapters/better-auth.iife.js: `AuthElements.adapters.betterAuth(...)` for a classic script. The
// mount functions call `window.AuthElements` (dist/auth-elements.iife.js) when used.
import { BetterAuthAdapter, type BetterAuthAdapterOptions, type BetterAuthClientLike } from '../core/better-auth.js';
import { withGlobalMount } from '../global-mount.js';

export const betterAuth = (client: BetterAuthClientLike, options?: BetterAuthAdapterOptions) =>
  withGlobalMount(new BetterAuthAdapter(client, options));
