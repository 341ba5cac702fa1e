import type { AuthSession, SignOutOptions, SignOutScope } from '../../auth/types.js';
import { AuthAdapter, textOf, type AdapterOptions, type AdapterState } from './adapter.js';

/** The fields of a Supabase session the elements show (`Session` from `@supabase/supabase-js`). */
export interface SupabaseSessionLike {
  access_token: string;
  user: {
    id: string;
    email?: string;
    /** E.164 digits without the `+` (GoTrue stores it so). */
    phone?: string;
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
    getUser(): Promise<{ error: SupabaseError | null }>;
  };
}

/** The claims of Supabase's access token (a JWT), or none when it is not one. */
function claimsOf(accessToken: unknown): Record<string, unknown> {
  try {
    const payload = String(accessToken).split('.')[1]!.replace(/-/g, '+').replace(/_/g, '/');
    return Object(JSON.parse(atob(payload))) as Record<string, unknown>;
  } catch {
    return {};
  }
}

/**
 * Supabase Auth (`@supabase/supabase-js`). One session per browser (its id is the access token's
 * `session_id`). Scopes: `session` and `all` are `signOut({ scope: 'local' })` (this browser's
 * session ends on the server too), `others` is `signOut({ scope: 'others' })` (every other session
 * of the user; this one stays), `everywhere` is `signOut({ scope: 'global' })` (every session of
 * the user); these two only after `getUser()` confirmed this session with the server. Supabase's default
 * scope is `global`: the adapter always names one.
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
    const claims = claimsOf(found.access_token);
    // With the `userStorage` option and no user stored there (the tokens came from a cookie the
    // server wrote, and Supabase could not fetch the user yet), the session's user is a stand-in
    // that throws on every read: the access token carries the same fields.
    const user = (found.user as { __isUserNotAvailableProxy?: boolean }).__isUserNotAvailableProxy
      ? { id: textOf(claims.sub), email: claims.email, phone: claims.phone, user_metadata: claims.user_metadata }
      : found.user;
    if (!user.id) throw new Error('supabase: a session without a user');
    const meta = Object(user.user_metadata) as Record<string, unknown>;
    const email = textOf(user.email);
    const phone = textOf(user.phone);
    const session: AuthSession = {
      // The token's `session_id`; the user id when it has none.
      id: textOf(claims.session_id) ?? user.id,
      user: {
        id: user.id,
        name: textOf(meta.full_name) ?? textOf(meta.name),
        // A user who signed in with a phone number only is named by it, written as dialled.
        username: email || !phone ? null : /^\d+$/.test(phone) ? `+${phone}` : phone,
        email,
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
    const named = { everywhere: 'global', others: 'others' } as const;
    if (scope in named) {
      // Supabase's signOut resolves when the server refuses this session (ended elsewhere, 401,
      // 403, 404), having ended no other session: the server is asked first. A session it no
      // longer has ends here too (Supabase removes it), and nothing else ended.
      const { error } = await this.#client.auth.getUser();
      if (error) {
        await this.refresh().catch(() => {});
        throw supabaseError('getUser', error);
      }
      signal.throwIfAborted();
    }
    // Supabase ends the server session and then the local one in one call that takes no signal:
    // once started it completes both halves, which the abort rule allows.
    const { error } = await this.#client.auth.signOut({
      scope: named[scope as keyof typeof named] ?? 'local',
    });
    if (error) throw supabaseError('signOut', error);
    await this.refresh();
  }
}
