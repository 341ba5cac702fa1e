// Entry of dist/adapters/supabase.iife.js: `AuthElements.adapters.supabase(...)` for a classic script. The
// mount functions call `window.AuthElements` (dist/auth-elements.iife.js) when used.
import type { AdapterOptions } from '../core/adapter.js';
import { SupabaseAdapter, type SupabaseClientLike } from '../core/supabase.js';
import { withGlobalMount } from '../global-mount.js';

export const supabase = (client: SupabaseClientLike, options?: AdapterOptions) =>
  withGlobalMount(new SupabaseAdapter(client, options));
