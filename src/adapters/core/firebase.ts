import type { AuthSession, SignOutOptions, SignOutScope } from '../../auth/types.js';
import { AuthAdapter, providerError, type AdapterOptions, type AdapterState } from './adapter.js';

/** The fields of a Firebase `User` the elements show. */
export interface FirebaseUserLike {
  uid: string;
  displayName: string | null;
  email: string | null;
  photoURL: string | null;
  /** Re-reads the account from Firebase; Firebase signs out when it was disabled. */
  reload?(): Promise<void>;
}

/**
 * Firebase's error as an `Error` with Firebase's message, and the reason Firebase keeps aside
 * (`customData.originalMessage`, e.g. what a `beforeAuthStateChanged` callback threw).
 */
function firebaseError(call: string, error: unknown): Error {
  const reason = (error as { customData?: { originalMessage?: unknown } } | null)?.customData?.originalMessage;
  const base = providerError(`firebase ${call}`, error);
  if (typeof reason != 'string' || !reason) return base;
  return Object.assign(new Error(`${base.message} ${reason}`), { cause: error });
}

/** Firebase's codes for an account that ended elsewhere (disabled, deleted, tokens revoked). */
const ENDED = ['auth/user-disabled', 'auth/user-token-expired', 'auth/user-not-found'];

/**
 * The part of Firebase's `Auth` (`getAuth()` from `firebase/auth`) the adapter uses: its own
 * methods, so the adapter imports nothing from Firebase.
 */
export interface FirebaseAuthLike {
  readonly currentUser: FirebaseUserLike | null;
  /** Resolves once Firebase has restored the persisted user (the start-up read). */
  authStateReady(): Promise<void>;
  onAuthStateChanged(next: (user: FirebaseUserLike | null) => void): () => void;
  /** Also fires on `updateProfile()` and token refreshes, which `onAuthStateChanged` does not hear. */
  onIdTokenChanged?(next: (user: FirebaseUserLike | null) => void): () => void;
  signOut(): Promise<void>;
}

/**
 * Firebase Authentication (`firebase/auth`). One session per browser: the signed-in user (its id
 * is the user's `uid`; Firebase has no session id on the client). `session` and `all` call
 * `signOut()`, which ends the session on this browser only; Firebase's client SDK has no
 * "every device" (revoking refresh tokens is an Admin SDK call), so there is no `everywhere`.
 */
export class FirebaseAdapter extends AuthAdapter {
  readonly supportsScope: readonly SignOutScope[] = ['session', 'all'];
  readonly #auth: FirebaseAuthLike;

  constructor(auth: FirebaseAuthLike, options: AdapterOptions = {}) {
    super(options);
    this.#auth = auth;
  }

  protected override watch(changed: () => void): () => void {
    const auth = this.#auth;
    const off = auth.onAuthStateChanged(changed);
    // A new name or photo (updateProfile) reaches only the ID-token listeners. This path only
    // reads: reload() fires those listeners itself, so reloading here would loop.
    const offToken = auth.onIdTokenChanged?.(() =>
      super.refresh().catch(error => console.warn('[auth-elements]', error)),
    );
    return () => {
      off();
      offToken?.();
    };
  }

  /**
   * Re-reads from Firebase: the account first (`user.reload()`), so a user disabled or deleted
   * elsewhere is seen here (Firebase then signs this browser out by itself for a disabled one).
   */
  override async refresh(signal?: AbortSignal): Promise<void> {
    try {
      await this.#auth.currentUser?.reload?.();
    } catch (error) {
      // Offline or throttled: the account check failed, not the read; the state Firebase holds
      // is still read (throwing here kept a first read from ever happening).
      if (!ENDED.includes((error as { code?: string }).code ?? ''))
        console.warn('[auth-elements]', firebaseError('reload', error));
    }
    return super.refresh(signal);
  }

  protected async read(): Promise<AdapterState> {
    try {
      await this.#auth.authStateReady();
    } catch (error) {
      throw firebaseError('authStateReady', error);
    }
    const user = this.#auth.currentUser;
    const session: AuthSession | null = user && {
      id: user.uid,
      user: { id: user.uid, name: user.displayName, email: user.email, imageUrl: user.photoURL },
    };
    return { session, sessions: session ? [session] : [] };
  }

  async signOut({ scope, sessionId, signal }: SignOutOptions): Promise<void> {
    this.supports(scope);
    // A failed first read is no reason to refuse: the session is checked below.
    await this.ready.catch(() => {});
    this.find(sessionId);
    // Firebase signs out locally in one step: after an abort, do not start it.
    signal.throwIfAborted();
    try {
      await this.#auth.signOut();
    } catch (error) {
      throw firebaseError('signOut', error);
    }
    await this.refresh();
  }
}
