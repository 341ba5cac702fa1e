// Entry of dist/adapters/authjs.iife.js: `AuthElements.adapters.authjs(...)` for a classic script. The
// mount functions call `window.AuthElements` (dist/auth-elements.iife.js) when used.
import { AuthjsAdapter, type AuthjsAdapterOptions } from '../core/authjs.js';
import { withGlobalMount } from '../global-mount.js';

export const authjs = (options?: AuthjsAdapterOptions) => withGlobalMount(new AuthjsAdapter(options));
