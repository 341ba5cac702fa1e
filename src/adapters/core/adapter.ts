import type { AuthClient, AuthSession, SignOutOptions, SignOutScope } from '../../auth/types.js';

/** What an adapter reads from its provider: the current session and every session on this browser. */
export interface AdapterState {
  session: AuthSession | null;
  sessions: AuthSession[];
}

/** Navigation targets an adapter passes through to the elements. */
export interface AdapterOptions {
  signInUrl?: string;
  userProfileUrl?: string;
  afterSignOutUrl?: string;
  /** Origins a navigation may go to, besides the page's own and the provider's. */
  allowedRedirectOrigins?: readonly string[];
}

/**
 * The common part of every adapter: an {@link AuthClient} whose state is read from a provider,
 * and listeners that fire when that state changes. No method navigates, and nothing here knows
 * the elements: each adapter's entry adds the mount functions (`withMount`).
 *
 * The abort rule: once a call's `signal` has aborted, the element has reported a timeout and
 * will not navigate, so an adapter either leaves this browser's state as it was (and rejects),
 * or completes the whole sign-out without needing a navigation.
 */
export abstract class AuthAdapter implements AuthClient {
  /**
   * `undefined` until the provider answered once, then the current session or `null`; `null` too
   * when that first read failed (the page must not wait for a session forever).
   */
  session: AuthSession | null | undefined = undefined;
  sessions: readonly AuthSession[] = [];
  /** Resolves after the first read from the provider; rejects if that read failed (then signed out). */
  readonly ready: Promise<void>;
  abstract readonly supportsScope: readonly SignOutScope[];
  readonly signInUrl?: string;
  readonly userProfileUrl?: string;
  readonly afterSignOutUrl?: string;
  #origins: Set<string>;
  #listeners = new Set<() => void>();
  #reads = 0;
  #newest?: Promise<void>;
  #unwatch?: () => void;

  constructor(options: AdapterOptions = {}, providerOrigins: (string | undefined)[] = []) {
    this.signInUrl = options.signInUrl;
    this.userProfileUrl = options.userProfileUrl;
    this.afterSignOutUrl = options.afterSignOutUrl;
    this.#origins = new Set();
    for (const url of [...providerOrigins, ...(options.allowedRedirectOrigins ?? [])]) this.allowOrigin(url);
    // Started by the subclass constructor once its fields exist.
    this.ready = Promise.resolve().then(() => this.refresh());
    this.ready.catch(error =>
      console.warn('[auth-elements] could not read the session, so signed out until it can:', error),
    );
  }

  get allowedRedirectOrigins(): readonly string[] {
    return [...this.#origins];
  }

  /** Adds the origin of `url` (a URL or an origin) to the allowed navigation origins. */
  protected allowOrigin(url: string | undefined): void {
    if (!url) return;
    try {
      this.#origins.add(new URL(url).origin);
    } catch {
      // Not an absolute URL: nothing to allow.
    }
  }

  /**
   * Reads the provider's state, or `undefined` while the provider is still loading; `signal`
   * aborts the requests where the provider allows.
   */
  protected abstract read(signal?: AbortSignal): Promise<AdapterState | undefined>;

  abstract signOut(options: SignOutOptions): Promise<void | { redirectTo?: string }>;

  /**
   * Re-reads the provider. When reads overlap, the last one started wins, and an overtaken read
   * resolves only once the newest has applied its state. When the newest read fails before the
   * provider ever answered, the state is signed out (a later read that succeeds sets the real
   * one): the page must not wait for a session forever.
   */
  refresh(signal?: AbortSignal): Promise<void> {
    const read = ++this.#reads;
    return (this.#newest = (async () => {
      let state: AdapterState | undefined;
      try {
        state = await this.read(signal);
      } catch (error) {
        if (read == this.#reads && this.session === undefined) this.set({ session: null, sessions: [] });
        throw error;
      }
      if (read != this.#reads) return this.#newest;
      if (state) this.set(state);
    })());
  }

  /**
   * Calls `listener` after every change of session, sessions or user. Returns the unsubscribe.
   * The adapter watches the provider only while it has listeners.
   */
  addListener(listener: () => void): () => void {
    if (!this.#listeners.size && this.watch)
      this.#unwatch = this.watch(() => void this.refresh().catch(error => console.warn('[auth-elements]', error)));
    this.#listeners.add(listener);
    return () => {
      if (!this.#listeners.delete(listener) || this.#listeners.size) return;
      this.#unwatch?.();
      this.#unwatch = undefined;
    };
  }

  /**
   * Subscribes to the provider's change notifications (each calls `changed`) and returns the
   * unsubscribe: called when the first listener is added, undone when the last one is removed.
   */
  protected watch?(changed: () => void): () => void;

  protected set({ session, sessions }: AdapterState): void {
    const same =
      this.session !== undefined && key(session) == key(this.session) && keys(sessions) == keys(this.sessions);
    this.session = session;
    this.sessions = sessions;
    if (!same)
      for (const listener of [...this.#listeners])
        try {
          listener();
        } catch (error) {
          // The app's code: it must not turn a read, or a sign-out the provider did, into a failure.
          console.error('[auth-elements] a listener of the auth client threw:', error);
        }
  }

  /** Throws when `scope` is not in `supportsScope`: a direct call must not end less, or more, than asked. */
  protected supports(scope: SignOutScope): void {
    if (!this.supportsScope.includes(scope)) throw new Error(`auth-elements: scope '${scope}' is not supported`);
  }

  /** The session with this id, or an `Error` naming it. */
  protected find(sessionId: string | undefined): AuthSession {
    const session = sessionId === undefined ? this.session : this.sessions.find(({ id }) => id == sessionId);
    if (!session) throw new Error(`auth-elements: no signed-in session ${sessionId ?? '(current)'}`);
    return session;
  }

  /**
   * Runs the provider's follow-up switch after a sign-out that already succeeded: when it fails,
   * the sign-out still stands (and is reported as done); the failed switch is only a warning.
   */
  protected async switchAfterSignOut(sessionId: string, signal: AbortSignal): Promise<void> {
    try {
      await (this as AuthClient).setActive?.({ sessionId, signal });
    } catch (error) {
      console.warn('[auth-elements] signed out, but could not make another session current:', error);
    }
  }
}

const key = (session: AuthSession | null | undefined) => JSON.stringify(session ?? null);
const keys = (sessions: readonly AuthSession[]) => JSON.stringify(sessions);

/**
 * The entry of `list` (absolute URLs an app registered at its provider) that is the same URL as
 * `url`, written as listed: `https://app.example` lists `https://app.example/`. None when absent.
 */
export function listedUrl(list: readonly string[], url: string | undefined): string | undefined {
  const href = (value: string) => {
    try {
      return new URL(value).href;
    } catch {
      return undefined;
    }
  };
  const wanted = url === undefined ? undefined : href(url);
  return wanted === undefined ? undefined : list.find(entry => href(entry) == wanted);
}

/** A provider's field as text: a non-empty string, else `null` (numbers, objects and `''` are no text). */
export const textOf = (value: unknown): string | null => (typeof value == 'string' && value ? value : null);

/** `error` as an `Error` with a message that names the provider and the call. */
export function providerError(call: string, error: unknown): Error {
  if (error instanceof Error) return error;
  const { message, statusText, status, code } = (error ?? {}) as Record<string, unknown>;
  const text = [message, code, statusText].find(part => typeof part == 'string' && part) ?? 'request failed';
  return Object.assign(new Error(`${call}: ${text}${typeof status == 'number' ? ` (HTTP ${status})` : ''}`), {
    cause: error,
  });
}
