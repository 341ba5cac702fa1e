import type { AuthSession, SignOutOptions, SignOutScope } from '../../auth/types.js';
import { AuthAdapter, providerError, textOf, type AdapterOptions, type AdapterState } from './adapter.js';

export interface AuthjsAdapterOptions extends AdapterOptions {
  /** Where Auth.js answers, absolute or from this page: default `/api/auth` (Next.js); `@auth/express` apps often use `/auth`. */
  basePath?: string;
  /** The `fetch` to use (tests, custom credentials); default the global one. */
  fetch?: typeof fetch;
}

interface AuthjsSession {
  user?: { id?: string | number; name?: string | null; email?: string | null; image?: string | null };
  expires?: unknown;
}

/**
 * Auth.js (NextAuth) over its REST API: `GET {basePath}/session`, `GET {basePath}/csrf` and
 * `POST {basePath}/signout` with the CSRF token. One session per browser; Auth.js does not tell
 * the browser a session id, so the id is the user's `id` (when the session callback adds it),
 * else the email. `session` and `all` end this browser's session (with database sessions the
 * row is deleted); Auth.js has no "every device" sign-out. While it has listeners, the adapter
 * re-reads when the page is shown again, on next-auth/react's cross-tab messages and at `expires`.
 */
export class AuthjsAdapter extends AuthAdapter {
  readonly supportsScope: readonly SignOutScope[] = ['session', 'all'];
  readonly #base: string;
  readonly #fetch: typeof fetch;
  /** While watched: re-reads (the base class's refresh), and the timer set for the session's `expires`. */
  #changed?: () => void;
  #timer?: ReturnType<typeof setTimeout>;
  #expires = NaN;

  constructor(options: AuthjsAdapterOptions = {}) {
    super(options);
    this.#base = (options.basePath ?? '/api/auth').replace(/\/$/, '');
    this.#fetch = options.fetch ?? ((...args) => fetch(...args));
    this.allowOrigin(this.#base);
  }

  /**
   * Re-reads when the page is shown again, when next-auth/react (in any tab) posts on its
   * `BroadcastChannel('next-auth')`, and when the session's `expires` passes.
   */
  protected override watch(changed: () => void): () => void {
    const doc = globalThis.document;
    const shown = () => doc.visibilityState == 'visible' && changed();
    const channel = typeof BroadcastChannel == 'function' ? new BroadcastChannel('next-auth') : undefined;
    if (channel) channel.onmessage = changed;
    doc?.addEventListener('visibilitychange', shown);
    this.#changed = changed;
    this.#expire();
    return () => {
      channel?.close();
      doc?.removeEventListener('visibilitychange', shown);
      this.#changed = undefined;
      this.#expire();
    };
  }

  /** (Re)sets the timer for the session's `expires`, while watched; none for a past one (no read loop). */
  #expire(): void {
    clearTimeout(this.#timer);
    const wait = this.#expires - Date.now();
    // setTimeout takes at most 2^31-1 ms; a longer wait fires early and re-reads, which sets it again.
    if (this.#changed && wait > 0) this.#timer = setTimeout(this.#changed, Math.min(wait, 2 ** 31 - 1));
  }

  async #call<T>(path: string, init: RequestInit = {}): Promise<T> {
    let response: Response;
    try {
      response = await this.#fetch(this.#base + path, {
        credentials: 'include',
        ...init,
        headers: { accept: 'application/json', ...init.headers },
      });
    } catch (error) {
      throw providerError(`authjs ${path}`, error);
    }
    const body = (await response.text().catch(() => '')).trim();
    let json: unknown;
    try {
      json = JSON.parse(body);
    } catch {
      // Not JSON: the text is the reason.
    }
    if (!response.ok) {
      const reason = (json as { message?: unknown } | null)?.message;
      throw providerError(`authjs ${path}`, {
        message: typeof reason == 'string' ? reason : body.slice(0, 200) || undefined,
        status: response.status,
        statusText: response.statusText,
      });
    }
    // Auth.js answers a JSON object (or `null`, no session): anything else is not Auth.js (a
    // wrong basePath on a host that serves its index.html for every path).
    if (json === undefined || typeof json != 'object' || Array.isArray(json))
      throw providerError(`authjs ${path}`, {
        message: 'not an answer of Auth.js (is basePath right?)',
        status: response.status,
      });
    return json as T;
  }

  protected async read(signal?: AbortSignal): Promise<AdapterState> {
    const found = await this.#call<AuthjsSession | null>('/session', { signal });
    const user = found?.user;
    this.#expires = user && typeof found.expires == 'string' ? Date.parse(found.expires) : NaN;
    this.#expire();
    if (!user) return { session: null, sessions: [] };
    // Whatever the session callback and the database put there: a numeric id (a SERIAL column) as
    // text, and only text in the other fields.
    const given: unknown = user.id;
    const id =
      (typeof given == 'number' && Number.isFinite(given) ? String(given) : textOf(given)) ??
      textOf(user.email) ??
      'authjs';
    const session: AuthSession = {
      id,
      user: { id, name: textOf(user.name), email: textOf(user.email), imageUrl: textOf(user.image) },
    };
    return { session, sessions: [session] };
  }

  async signOut({ scope, sessionId, signal }: SignOutOptions): Promise<void> {
    this.supports(scope);
    // A failed first read is no reason to refuse: the session is checked below.
    await this.ready.catch(() => {});
    this.find(sessionId);
    const csrfToken = textOf((await this.#call<{ csrfToken?: unknown } | null>('/csrf', { signal }))?.csrfToken);
    if (!csrfToken) throw new Error('authjs /csrf: no CSRF token in the answer');
    // Asked for JSON (X-Auth-Return-Redirect), Auth.js answers where it would redirect instead of
    // redirecting: the callbackUrl sent (else the last sign-in's, from its cookie, which may carry
    // an `?error=` of the page signed in from), or its error page. The server deletes the session
    // before answering, so whether it ended is read back from Auth.js, not from that URL.
    const callbackUrl = location.href;
    const answer = await this.#call<{ url?: unknown } | null>('/signout', {
      method: 'POST',
      signal,
      headers: { 'content-type': 'application/x-www-form-urlencoded', 'x-auth-return-redirect': '1' },
      body: new URLSearchParams({ csrfToken, callbackUrl }),
    });
    const code = errorOf(answer?.url);
    const refused = code != errorOf(callbackUrl) && code;
    try {
      await this.refresh();
    } catch (error) {
      if (refused) throw new Error(`authjs /signout: ${refused}`);
      // Auth.js answered: the session has ended, even if it cannot be read back now (offline).
      // Signed out here too, also after an abort: the whole sign-out is done.
      console.warn('[auth-elements] signed out, but could not read the session again:', error);
      return this.set({ session: null, sessions: [] });
    }
    if (this.session) throw new Error(`authjs /signout: still signed in${refused ? ` (${refused})` : ''}`);
  }
}

/** The `error` parameter of a URL Auth.js answered (its error pages name their code so), if any. */
function errorOf(url: unknown): string | null {
  try {
    return new URL(String(url), location.href).searchParams.get('error');
  } catch {
    return null;
  }
}
