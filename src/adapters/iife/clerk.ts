// Entry of dist/adapters/clerk.iife.js: `AuthElements.adapters.clerk(...)` for a classic script. The
// mount functions call `window.AuthElements` (dist/auth-elements.iife.js) when used.
import type { AdapterOptions } from '../core/adapter.js';
import { ClerkAdapter, type ClerkLike } from '../core/clerk.js';
import { withGlobalMount } from '../global-mount.js';

export const clerk = (clerk: ClerkLike, options?: AdapterOptions) => withGlobalMount(new ClerkAdapter(clerk, options));
