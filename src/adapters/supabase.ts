// Entry `auth-elements/adapters/supabase`: the adapter with the mount functions.
import type { AdapterOptions } from './core/adapter.js';
import { SupabaseAdapter, type SupabaseClientLike } from './core/supabase.js';
import type { WithMount } from './mount.js';
import { withMount } from './with-mount.js';

export * from './core/supabase.js';
export type { AdapterOptions } from './core/adapter.js';
export type { MountFunctions } from './mount.js';

/** Wraps a Supabase client (`createClient()` from `@supabase/supabase-js`) as an auth client for the elements. */
export const supabaseClient = (client: SupabaseClientLike, options?: AdapterOptions): WithMount<SupabaseAdapter> =>
  withMount(new SupabaseAdapter(client, options));
