import type { AuthClient, AuthSession, SignOutOptions, SignOutScope } from '../auth/types.js';
import {
  mountSignOutButton,
  mountUserButton,
  unmountSignOutButton,
  unmountUserButton,
  type MountHandle,
  type SignOutButtonProps,
  type UserButtonProps,
} from '../mount.js';

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
 * listeners that fire when that state changes, and the four mount functions with `auth` preset,
 * so `window.Auth.mountUserButton(el)` works like Clerk's `window.Clerk.mountUserButton(el)`.
 * No method navigates.
 */
export abstract class AuthAdapter implements AuthClient {
  /** `undefined` until the provider answered once, then the current session or `null`. */
  session: AuthSession | null | undefined = undefined;
  sessions: readonly AuthSession[] = [];
  /** Resolves after the first read from the provider; rejects if that read failed. */
  readonly ready: Promise<void>;
  abstract readonly supportsScope: readonly SignOutScope[];
  readonly signInUrl?: string;
  readonly userProfileUrl?: string;
  readonly afterSignOutUrl?: string;
  #origins: Set<string>;
  #listeners = new Set<() => void>();
  #reads = 0;
  #newest?: Promise<void>;

  constructor(options: AdapterOptions = {}, providerOrigins: (string | undefined)[] = []) {
    this.signInUrl = options.signInUrl;
    this.userProfileUrl = options.userProfileUrl;
    this.afterSignOutUrl = options.afterSignOutUrl;
    this.#origins = new Set();
    for (const url of [...providerOrigins, ...(options.allowedRedirectOrigins ?? [])]) this.allowOrigin(url);
    // Started by the subclass constructor once its fields exist.
    this.ready = Promise.resolve().then(() => this.refresh());
    this.ready.catch(error => console.warn('[auth-elements] could not read the session:', error));
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
   * resolves only once the newest has applied its state.
   */
  refresh(signal?: AbortSignal): Promise<void> {
    const read = ++this.#reads;
    return (this.#newest = (async () => {
      const state = await this.read(signal);
      if (read != this.#reads) return this.#newest;
      if (state) this.set(state);
    })());
  }

  /** Calls `listener` after every change of session, sessions or user. Returns the unsubscribe. */
  addListener(listener: () => void): () => void {
    this.#listeners.add(listener);
    return () => void this.#listeners.delete(listener);
  }

  protected set({ session, sessions }: AdapterState): void {
    const same =
      this.session !== undefined && key(session) == key(this.session) && keys(sessions) == keys(this.sessions);
    this.session = session;
    this.sessions = sessions;
    if (!same) for (const listener of [...this.#listeners]) listener();
  }

  /** The session with this id, or an `Error` naming it. */
  protected find(sessionId: string | undefined): AuthSession {
    const session = sessionId === undefined ? this.session : this.sessions.find(({ id }) => id == sessionId);
    if (!session) throw new Error(`auth-elements: no signed-in session ${sessionId ?? '(current)'}`);
    return session;
  }

  mountUserButton = (el: Element, props?: Partial<UserButtonProps>): MountHandle<UserButtonProps> =>
    mountUserButton(el, { auth: this, ...props });

  mountSignOutButton = (el: Element, props?: Partial<SignOutButtonProps>): MountHandle<SignOutButtonProps> =>
    mountSignOutButton(el, { auth: this, ...props });

  unmountUserButton = (el: Element): void => unmountUserButton(el);

  unmountSignOutButton = (el: Element): void => unmountSignOutButton(el);
}

const key = (session: AuthSession | null | undefined) => JSON.stringify(session ?? null);
const keys = (sessions: readonly AuthSession[]) => JSON.stringify(sessions);

/** `error` as an `Error` with a message that names the provider and the call. */
export function providerError(call: string, error: unknown): Error {
  if (error instanceof Error) return error;
  const { message, statusText, status, code } = (error ?? {}) as Record<string, unknown>;
  const text = [message, code, statusText].find(part => typeof part == 'string' && part) ?? 'request failed';
  return Object.assign(new Error(`${call}: ${text}${typeof status == 'number' ? ` (HTTP ${status})` : ''}`), {
    cause: error,
  });
}
