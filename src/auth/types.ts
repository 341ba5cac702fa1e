/** A signed-in user, as the elements show it. Every field but `id` is optional. */
export interface AuthUser {
  id: string;
  /** Display name ("Ada Lovelace"). */
  name?: string | null;
  firstName?: string | null;
  lastName?: string | null;
  username?: string | null;
  email?: string | null;
  /** Avatar URL. Rendered only when it is http(s) or `data:image/…`. */
  imageUrl?: string | null;
}

export interface AuthSession {
  id: string;
  user: AuthUser;
}

/**
 * - `session`: one session.
 * - `all`: every session signed in on this browser; other devices keep theirs.
 * - `others`: every other session of the current user, on other devices; this one stays (only if
 *   supported).
 * - `everywhere`: every session of the current user on every device (only if supported).
 */
export type SignOutScope = 'session' | 'all' | 'others' | 'everywhere';

export interface SignOutOptions {
  scope: SignOutScope;
  /** Present for scope `session` only. */
  sessionId?: string;
  /** The vetted absolute redirect target; informational for the client. */
  redirectUrl?: string;
  /** Aborted when the element's timeout runs out. */
  signal: AbortSignal;
}

export interface SetActiveOptions {
  sessionId: string;
  signal: AbortSignal;
}

/**
 * What the elements talk to instead of an auth provider. A plain object with `session` and
 * `signOut` is a valid client.
 */
export interface AuthClient {
  /** Current session. `undefined` = still loading, `null` = signed out. */
  readonly session: AuthSession | null | undefined;
  /** All sessions signed in on this browser, the current one included. */
  readonly sessions?: readonly AuthSession[];
  /**
   * Ends sessions; never navigates. May resolve `{ redirectTo }` when the provider needs a
   * navigation to finish (an OpenID end-session URL); the element vets it and navigates.
   */
  signOut(options: SignOutOptions): Promise<void | { redirectTo?: string }>;
  /** Makes another signed-in session current (account switch). Never navigates. */
  setActive?(options: SetActiveOptions): Promise<void>;
  /** Called after every change of session, sessions or user. Returns an unsubscribe function. */
  addListener?(listener: () => void): () => void;
  /** Re-reads state from the provider (after another tab changed it). */
  refresh?(): Promise<void>;
  /** Every navigation the elements make, after vetting. Default `location.assign`. */
  navigate?(url: string): void | Promise<void>;
  /** Absent = `['session', 'all']`. */
  readonly supportsScope?: readonly SignOutScope[];
  /**
   * "Add account" target, and the sign-in button's when the client has no `signIn`. Each
   * `{redirect}` in it is replaced by the URL-encoded page to come back to (anywhere in a `URL`
   * object too, whose path writes it `%7Bredirect%7D`).
   */
  readonly signInUrl?: string | URL;
  /** "Manage account" target. */
  readonly userProfileUrl?: string | URL;
  /** Default redirect after sign-out. */
  readonly afterSignOutUrl?: string;
  /** Extra origins a navigation may go to. */
  readonly allowedRedirectOrigins?: readonly string[];
  /**
   * Starts a sign-in (`<auth-sign-in-button>`); never navigates. May resolve `{ redirectTo }` (the
   * provider's sign-in page); the element vets it and navigates. Absent: the element follows
   * `sign-in-url`, else `signInUrl`.
   */
  signIn?(options: SignInOptions): Promise<void | { redirectTo?: string }>;
  /**
   * The current user's sessions on every device, this one included (`<auth-device-list>`). One
   * device is signed out with `signOut({ scope: 'session', sessionId })` and its `sessionId`.
   */
  listDevices?(options: ListDevicesOptions): Promise<AuthDevice[]>;
}

export interface SignInOptions {
  /** The vetted absolute URL to come back to after signing in. */
  redirectUrl?: string;
  /** Aborted when the element's timeout runs out. */
  signal: AbortSignal;
}

export interface ListDevicesOptions {
  /** Aborted when the element's timeout runs out. */
  signal: AbortSignal;
}

/** One session of the current user, as `listDevices` reports it. Text fields are shown as text only. */
export interface AuthDevice {
  /** The session's id: the target of `signOut({ scope: 'session', sessionId })`. */
  sessionId: string;
  /** The session of this browser. */
  current: boolean;
  /** "Chrome", "Safari"… */
  browser?: string;
  /** "macOS", "Android"… */
  os?: string;
  deviceType?: 'desktop' | 'mobile' | 'tablet' | 'other';
  ipAddress?: string;
  /** Where the session was used, as the provider words it ("Berlin, Germany"). */
  location?: string;
  /** ISO 8601 date of the session's last activity. */
  lastActiveAt?: string;
  /** ISO 8601 date of the sign-in. */
  createdAt?: string;
}
