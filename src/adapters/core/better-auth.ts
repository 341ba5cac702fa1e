import { fillRedirect } from '../../auth/redirect.js';
import type { AuthSession, SetActiveOptions, SignInOptions, SignOutOptions, SignOutScope } from '../../auth/types.js';
import { AuthAdapter, providerError, type AdapterOptions, type AdapterState } from './adapter.js';

/** What better-auth's client calls resolve: data or an error, never a throw for HTTP errors. */
export interface BetterAuthResult<T> {
  data: T | null;
  error: { message?: string; status?: number; statusText?: string; code?: string } | null;
}

interface FetchArg {
  fetchOptions?: { signal?: AbortSignal };
}

export interface BetterAuthSessionData {
  session: { id: string; token: string };
  user: { id: string; name?: string | null; email?: string | null; image?: string | null };
}

/**
 * The part of a better-auth browser client (`createAuthClient` from `better-auth/client`) the
 * adapter uses. The `multiSession` methods come from `multiSessionClient()`; without that plugin
 * the browser holds one session.
 */
export interface BetterAuthClientLike {
  getSession(arg?: FetchArg): Promise<BetterAuthResult<BetterAuthSessionData>>;
  signOut(arg?: FetchArg): Promise<BetterAuthResult<unknown>>;
  revokeSessions(arg?: FetchArg): Promise<BetterAuthResult<unknown>>;
  multiSession?: {
    listDeviceSessions(arg?: FetchArg): Promise<BetterAuthResult<BetterAuthSessionData[]>>;
    setActive(arg: { sessionToken: string } & FetchArg): Promise<BetterAuthResult<unknown>>;
    revoke(arg: { sessionToken: string } & FetchArg): Promise<BetterAuthResult<unknown>>;
  };
  /** The session atom; it changes after sign-in, sign-out and account switches, also in other tabs. */
  useSession?: { subscribe(listener: (value: { data?: unknown; isPending?: boolean }) => void): () => void };
}

export interface BetterAuthAdapterOptions extends AdapterOptions {
  /** The better-auth server's URL, when it is not this page's origin: its origin is allowed for navigation. */
  baseURL?: string;
}

/** Calls a better-auth client method and returns its data, or throws an `Error` for its `{ error }`. */
async function call<T>(name: string, result: Promise<BetterAuthResult<T>>): Promise<T | null> {
  let answer: BetterAuthResult<T>;
  try {
    answer = await result;
  } catch (error) {
    throw providerError(`better-auth ${name}`, error);
  }
  if (answer.error) throw providerError(`better-auth ${name}`, answer.error);
  return answer.data;
}

function toSession({ session, user }: BetterAuthSessionData): AuthSession {
  return {
    id: session.id,
    user: { id: user.id, name: user.name ?? null, email: user.email ?? null, imageUrl: user.image ?? null },
  };
}

/**
 * better-auth, with or without the multiSession plugin. Sessions are the device sessions of this
 * browser. Scopes: `session` revokes one device session (`multiSession.revoke`), `all` signs out
 * every session of this browser (`signOut()`), `everywhere` ends the current user's sessions on
 * every device (`revokeSessions()`; other accounts on this browser stay).
 */
export class BetterAuthAdapter extends AuthAdapter {
  readonly supportsScope: readonly SignOutScope[] = ['session', 'all', 'everywhere'];
  readonly #client: BetterAuthClientLike;
  /**
   * Each session's token, by session id: better-auth switches and revokes by token, and a token
   * is a credential, so it stays off the public client object (`window.Auth`).
   */
  readonly #tokens = new Map<string, string>();

  /**
   * The app's own sign-in page (the `signInUrl` option, each `{redirect}` in it replaced by the
   * URL-encoded page to come back to): better-auth signs in on a page of the app. Absent without
   * `signInUrl`.
   */
  readonly signIn?: (options: SignInOptions) => Promise<{ redirectTo: string }>;

  constructor(client: BetterAuthClientLike, options: BetterAuthAdapterOptions = {}) {
    super(options, [options.baseURL]);
    this.#client = client;
    const page = options.signInUrl;
    if (page) this.signIn = async ({ redirectUrl }) => ({ redirectTo: fillRedirect(page, redirectUrl) });
    let seen: unknown;
    // The session atom answers at once and again after every sign-in, sign-out and switch, in
    // this tab or another; it does not change when a device session is revoked.
    client.useSession?.subscribe(({ data, isPending }) => {
      const id = (data as BetterAuthSessionData | null)?.session?.id ?? null;
      if (isPending || id === seen) return;
      if (seen !== undefined) this.refresh().catch(error => console.warn('[auth-elements]', error));
      seen = id;
    });
  }

  protected async read(signal?: AbortSignal): Promise<AdapterState> {
    const fetchOptions = { signal };
    const client = this.#client;
    const [current, list] = await Promise.all([
      call('getSession', client.getSession({ fetchOptions })),
      client.multiSession && call('listDeviceSessions', client.multiSession.listDeviceSessions({ fetchOptions })),
    ]);
    for (const { session } of [...(current ? [current] : []), ...(list ?? [])])
      this.#tokens.set(session.id, session.token);
    const session = current ? toSession(current) : null;
    const sessions = list ? list.map(toSession) : session ? [session] : [];
    // The current session first is not promised by the server; keep its order.
    return { session, sessions };
  }

  async signOut({ scope, sessionId, signal }: SignOutOptions): Promise<void> {
    const client = this.#client;
    const fetchOptions = { signal };
    if (scope == 'everywhere') {
      await call('revokeSessions', client.revokeSessions({ fetchOptions }));
    } else if (scope == 'all') {
      await call('signOut', client.signOut({ fetchOptions }));
    } else {
      // Without the plugin the browser holds one session, the current one: `find` allows only it.
      const token = this.#token(sessionId);
      await (client.multiSession
        ? call('multiSession.revoke', client.multiSession.revoke({ sessionToken: token, fetchOptions }))
        : call('signOut', client.signOut({ fetchOptions })));
    }
    await this.settle(signal);
  }

  async setActive({ sessionId, signal }: SetActiveOptions): Promise<void> {
    const token = this.#token(sessionId);
    const client = this.#client;
    if (!client.multiSession) return;
    await call(
      'multiSession.setActive',
      client.multiSession.setActive({ sessionToken: token, fetchOptions: { signal } }),
    );
    await this.refresh(signal);
  }

  /** The token of a signed-in session (`find` refuses an unknown one). */
  #token(sessionId: string | undefined): string {
    return this.#tokens.get(this.find(sessionId).id) ?? '';
  }

  /** Re-reads after a sign-out; when the current session ended and others remain, makes one current. */
  async settle(signal?: AbortSignal): Promise<void> {
    await this.refresh(signal);
    const next = this.sessions[0];
    if (this.session === null && next) await this.switchAfterSignOut(next.id, signal ?? new AbortController().signal);
  }
}
