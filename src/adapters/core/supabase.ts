import type { AuthSession, SignOutOptions, SignOutScope } from '../../auth/types.js';
import { AuthAdapter, textOf, type AdapterOptions, type AdapterState } from './adapter.js';

/** The fields of a Supabase session the elements show (`Session` from `@supabase/supabase-js`). */
export interface SupabaseSessionLike {
  access_token: string;
  user: {
    id: string;
    email?: string;
    user_metadata?: Record<string, unknown>;
  };
}

interface SupabaseError {
  message: string;
  name?: string;
  status?: number;
}

/**
 * Supabase's error as an `Error` with its own message and status. For a 5xx answer the SDK's
 * message is the serialised response (`{}`): then its error name says what happened.
 */
function supabaseError(call: string, error: SupabaseError): Error {
  const words = error.message && error.message != '{}' ? error.message : (error.name ?? 'request failed');
  const status = typeof error.status == 'number' && error.status ? ` (HTTP ${error.status})` : '';
  return Object.assign(new Error(`supabase ${call}: ${words}${status}`), { cause: error });
}

/** The part of a Supabase client (`createClient()` from `@supabase/supabase-js`) the adapter uses. */
export interface SupabaseClientLike {
  auth: {
    getSession(): Promise<{ data: { session: SupabaseSessionLike | null }; error: SupabaseError | null }>;
    onAuthStateChange(callback: (event: string, session: SupabaseSessionLike | null) => void): {
      data: { subscription: { unsubscribe(): void } };
    };
    signOut(options?: { scope?: 'global' | 'local' | 'others' }): Promise<{ error: SupabaseError | null }>;
  };
}

/** The `session_id` claim of Supabase's access token (a JWT); the user id when it has none. */
function sessionId({ access_token, user }: SupabaseSessionLike): string {
  try {
    const payload = access_token.split('.')[1]!.replace(/-/g, '+').replace(/_/g, '/');
    const claims = JSON.parse(atob(payload)) as { session_id?: unknown };
    if (typeof claims.session_id == 'string' && claims.session_id) return claims.session_id;
  } catch {
    // Not a JWT: fall back to the user.
  }
  return user.id;
}

/**
 * Supabase Auth (`@supabase/supabase-js`). One session per browser (its id is the access token's
 * `session_id`). Scopes: `session` and `all` are `signOut({ scope: 'local' })` (this browser's
 * session ends on the server too), `others` is `signOut({ scope: 'others' })` (every other session
 * of the user; this one stays), `everywhere` is `signOut({ scope: 'global' })` (every session of
 * the user). Supabase's default scope is `global`: the adapter always names one.
 */
export class SupabaseAdapter extends AuthAdapter {
  readonly supportsScope: readonly SignOutScope[] = ['session', 'all', 'others', 'everywhere'];
  readonly #client: SupabaseClientLike;

  constructor(client: SupabaseClientLike, options: AdapterOptions = {}) {
    super(options);
    this.#client = client;
  }

  protected override watch(changed: () => void): () => void {
    const { data } = this.#client.auth.onAuthStateChange(() => changed());
    return () => data.subscription.unsubscribe();
  }

  protected async read(): Promise<AdapterState> {
    const { data, error } = await this.#client.auth.getSession();
    if (error) throw supabaseError('getSession', error);
    const found = data.session;
    if (!found) return { session: null, sessions: [] };
    const meta = found.user.user_metadata ?? {};
    const session: AuthSession = {
      id: sessionId(found),
      user: {
        id: found.user.id,
        name: textOf(meta.full_name) ?? textOf(meta.name),
        email: found.user.email ?? null,
        imageUrl: textOf(meta.avatar_url) ?? textOf(meta.picture),
      },
    };
    return { session, sessions: [session] };
  }

  async signOut({ scope, sessionId: target, signal }: SignOutOptions): Promise<void> {
    this.supports(scope);
    // A failed first read is no reason to refuse: the session is checked below.
    await this.ready.catch(() => {});
    this.find(target);
    signal.throwIfAborted();
    // Supabase ends the server session and then the local one in one call that takes no signal:
    // once started it completes both halves, which the abort rule allows.
    const named = { everywhere: 'global', others: 'others' } as const;
    const { error } = await this.#client.auth.signOut({
      scope: named[scope as keyof typeof named] ?? 'local',
    });
    if (error) throw supabaseError('signOut', error);
    await this.refresh();
  }
}
