import { fillRedirect } from '../../auth/redirect.js';
import type {
  AuthDevice,
  AuthSession,
  AuthUser,
  ListDevicesOptions,
  SetActiveOptions,
  SignInOptions,
  SignOutOptions,
  SignOutScope,
} from '../../auth/types.js';
import { AuthAdapter, providerError, type AdapterOptions, type AdapterState } from './adapter.js';

/** The fields of a Clerk user the elements show (Clerk's `UserResource`). */
export interface ClerkUserLike {
  id: string;
  fullName: string | null;
  firstName: string | null;
  lastName: string | null;
  username: string | null;
  imageUrl: string;
  primaryEmailAddress: { emailAddress: string } | null;
  getSessions(): Promise<ClerkDeviceSessionLike[]>;
}

/** A session of `user.getSessions()` (Clerk's `SessionWithActivitiesResource`). */
export interface ClerkDeviceSessionLike {
  id: string;
  /** `active`, `pending`, `revoked`, `ended`…: Clerk keeps an ended session in its cached list. */
  status?: string;
  revoke(): Promise<unknown>;
  lastActiveAt?: Date | string | null;
  latestActivity?: {
    browserName?: string;
    /** Clerk's device name: "Macintosh", "iPhone", "Windows"… */
    deviceType?: string;
    ipAddress?: string;
    city?: string;
    country?: string;
    isMobile?: boolean;
  } | null;
}

/** A Clerk session with activity as an {@link AuthDevice}. */
function toDevice({ id, lastActiveAt, latestActivity: a }: ClerkDeviceSessionLike, current?: string): AuthDevice {
  const last = lastActiveAt == null ? NaN : new Date(lastActiveAt).getTime();
  const where = [a?.city, a?.country].filter(part => typeof part == 'string' && part).join(', ');
  return {
    sessionId: id,
    current: id == current,
    ...(a?.browserName && { browser: a.browserName }),
    ...(a?.deviceType && { os: a.deviceType }),
    ...(a && { deviceType: /ipad|tablet/i.test(a.deviceType ?? '') ? 'tablet' : a.isMobile ? 'mobile' : 'desktop' }),
    ...(a?.ipAddress && { ipAddress: a.ipAddress }),
    ...(where && { location: where }),
    ...(!Number.isNaN(last) && { lastActiveAt: new Date(last).toISOString() }),
  };
}

/** Clerk's `SessionResource`, as far as the adapter reads it. */
export interface ClerkSessionLike {
  id: string;
  user: ClerkUserLike | null;
  /** `pending` while the user still has a task to finish (Clerk's session tasks). */
  status?: string;
}

/**
 * A session the elements may show as signed in: not `pending` (the user still has a session task
 * to finish), as Clerk's own components treat it by default (`treatPendingAsSignedOut`).
 */
const active = (session: ClerkSessionLike | null | undefined): session is ClerkSessionLike =>
  !!session && session.status != 'pending';

/**
 * The part of `window.Clerk` (Clerk's `Clerk` type from `@clerk/clerk-js`) the adapter uses. A
 * loaded Clerk instance matches it; the adapter never calls anything that navigates.
 */
export interface ClerkLike {
  readonly loaded: boolean;
  readonly session: ClerkSessionLike | null | undefined;
  readonly client: { signedInSessions: ClerkSessionLike[] } | undefined;
  signOut(callback: () => void, options?: { sessionId?: string }): Promise<void>;
  setActive(params: { session: string | null }): Promise<void>;
  addListener(listener: (resources: unknown) => void): () => void;
  buildSignInUrl?(options?: { signInFallbackRedirectUrl?: string }): string;
  buildUserProfileUrl?(): string;
  buildAfterSignOutUrl?(): string;
}

function toUser(user: ClerkUserLike | null, id: string): AuthUser {
  if (!user) return { id };
  return {
    id: user.id,
    name: user.fullName,
    firstName: user.firstName,
    lastName: user.lastName,
    username: user.username,
    email: user.primaryEmailAddress?.emailAddress ?? null,
    imageUrl: user.imageUrl,
  };
}

const toSession = (session: ClerkSessionLike): AuthSession => ({
  id: session.id,
  user: toUser(session.user, session.id),
});

/** Clerk's own words for a failed call: `errors[0].longMessage` of its API errors, else their `message`. */
function clerkWords(error: unknown): string | undefined {
  const first = (error as { errors?: { longMessage?: unknown; message?: unknown }[] } | null)?.errors?.[0];
  return [first?.longMessage, first?.message].find((part): part is string => typeof part == 'string' && !!part);
}

/** A Clerk call; what it throws becomes an `Error` that says what Clerk said, and keeps it as the cause. */
async function call<T>(name: string, run: () => Promise<T>): Promise<T> {
  try {
    return await run();
  } catch (error) {
    const words = clerkWords(error);
    if (!words) throw providerError(`clerk ${name}`, error);
    const status = (error as { status?: unknown }).status;
    throw Object.assign(new Error(`clerk ${name}: ${words}${typeof status == 'number' ? ` (HTTP ${status})` : ''}`), {
      cause: error,
    });
  }
}

/** One `Error` naming every session whose revoke failed, with Clerk's reason; none failed: undefined. */
function revokeFailures(sessions: { id: string }[], results: PromiseSettledResult<unknown>[]): Error | undefined {
  const failed = results.flatMap((result, i) =>
    result.status == 'rejected' ? [{ id: sessions[i]!.id, reason: result.reason as unknown }] : [],
  );
  if (!failed.length) return undefined;
  const list = failed
    .map(({ id, reason }) => `${id} (${clerkWords(reason) ?? providerError('revoke', reason).message})`)
    .join(', ');
  return Object.assign(new Error(`clerk session.revoke: signed out here, but could not revoke the sessions ${list}`), {
    cause: failed.map(({ reason }) => reason),
    sessionIds: failed.map(({ id }) => id),
  });
}

/**
 * Clerk (`window.Clerk`). Sessions are the client's signed-in sessions. Scopes: `session` ends one
 * (`clerk.signOut(callback, { sessionId })`), `all` every session of this browser
 * (`clerk.signOut(callback)`), `others` every session of the current user on other devices and
 * `everywhere` on every device (`user.getSessions()` then `revoke()` each, every revoke run to its
 * end). The callback form keeps Clerk from navigating. `listDevices` is `user.getSessions()` with
 * each session's `latestActivity`; a listed device of another browser is ended by its `revoke()`.
 */
export class ClerkAdapter extends AuthAdapter {
  readonly supportsScope: readonly SignOutScope[] = ['session', 'all', 'others', 'everywhere'];
  readonly #clerk: ClerkLike;
  readonly #signInUrl?: string;

  constructor(clerk: ClerkLike, options: AdapterOptions = {}) {
    const url = (build?: () => string) => {
      try {
        return build?.call(clerk);
      } catch {
        return undefined;
      }
    };
    const targets = {
      signInUrl: url(clerk.buildSignInUrl),
      userProfileUrl: url(clerk.buildUserProfileUrl),
      afterSignOutUrl: url(clerk.buildAfterSignOutUrl),
    };
    super({ ...targets, ...options }, Object.values(targets));
    this.#clerk = clerk;
    this.#signInUrl = options.signInUrl;
  }

  protected override watch(changed: () => void): () => void {
    return this.#clerk.addListener(changed);
  }

  protected async read(): Promise<AdapterState | undefined> {
    const clerk = this.#clerk;
    // Not loaded yet: stay in the loading state until Clerk's listener reports.
    if (!clerk.loaded || clerk.session === undefined) return undefined;
    return {
      session: active(clerk.session) ? toSession(clerk.session) : null,
      sessions: (clerk.client?.signedInSessions ?? []).filter(active).map(toSession),
    };
  }

  async signOut({ scope, sessionId, signal }: SignOutOptions): Promise<void> {
    const clerk = this.#clerk;
    const done = () => {};
    // Clerk's calls take no signal: after an abort, start nothing.
    signal.throwIfAborted();
    let unrevoked: Error | undefined;
    const device = sessionId === undefined ? undefined : this.#devices.get(sessionId);
    if (scope == 'session' && device && !this.sessions.some(({ id }) => id == sessionId)) {
      // Another browser's session, as listDevices listed it: this browser's state does not change.
      await call('session.revoke', () => device.revoke());
      this.#devices.delete(sessionId!);
      return;
    }
    if (scope == 'everywhere' || scope == 'others') {
      const current = clerk.session?.id;
      const sessions = await this.#userSessions();
      signal.throwIfAborted();
      // Every other device's revoke runs to its end, whatever the others do; for `everywhere`
      // this browser's session then always ends through Clerk (which updates its client), so a
      // retry starts from a signed-out browser instead of repeating a half-done sign-out.
      const others = sessions.filter(({ id }) => id != current);
      const results = await Promise.allSettled(others.map(session => session.revoke()));
      unrevoked = revokeFailures(others, results);
      if (scope == 'everywhere') await call('signOut', () => clerk.signOut(done, { sessionId: current }));
    } else if (scope == 'all') {
      await call('signOut', () => clerk.signOut(done));
    } else {
      const { id } = this.find(sessionId);
      await call('signOut', () => clerk.signOut(done, { sessionId: id }));
    }
    await this.refresh();
    // Clerk leaves no current session when the current one of several ended: make one current.
    const next = this.sessions[0];
    if (this.session === null && next) await this.switchAfterSignOut(next.id, signal);
    if (unrevoked) throw unrevoked;
  }

  /** The sessions `listDevices` listed last, by id (a device of another browser ends by its `revoke()`). */
  readonly #devices = new Map<string, ClerkDeviceSessionLike>();

  async #userSessions(): Promise<ClerkDeviceSessionLike[]> {
    const user = this.#clerk.session?.user;
    if (!user) throw new Error('auth-elements: no signed-in Clerk user');
    const sessions = await call('user.getSessions', () => user.getSessions());
    // Clerk caches this list and marks a revoked session in place: only signed-in ones are devices.
    return sessions.filter(({ status }) => status == null || status == 'active' || status == 'pending');
  }

  async listDevices({ signal }: ListDevicesOptions): Promise<AuthDevice[]> {
    const sessions = await this.#userSessions();
    signal.throwIfAborted();
    this.#devices.clear();
    for (const session of sessions) this.#devices.set(session.id, session);
    return sessions.map(session => toDevice(session, this.#clerk.session?.id));
  }

  async setActive({ sessionId }: SetActiveOptions): Promise<void> {
    const { id } = this.find(sessionId);
    await call('setActive', () => this.#clerk.setActive({ session: id }));
    await this.refresh();
  }

  /**
   * Clerk's sign-in page (`buildSignInUrl`), coming back to `redirectUrl` after signing in (as
   * Clerk's `SignInButton` does with `fallbackRedirectUrl`).
   */
  async signIn({ redirectUrl }: SignInOptions): Promise<{ redirectTo: string }> {
    // The adapter's own `signInUrl` option wins, as it does for the user button's "Add account".
    if (this.#signInUrl) return { redirectTo: fillRedirect(this.#signInUrl, redirectUrl) };
    const clerk = this.#clerk;
    const url = await call('buildSignInUrl', async () => {
      if (typeof clerk.buildSignInUrl != 'function') throw new Error('Clerk has no buildSignInUrl');
      const built = clerk.buildSignInUrl(redirectUrl ? { signInFallbackRedirectUrl: redirectUrl } : undefined);
      // Clerk builds '' until it has loaded: a click then must fail, not end in silence.
      if (!built) throw new Error('Clerk has not loaded yet: no sign-in URL');
      return built;
    });
    this.allowOrigin(url);
    return { redirectTo: url };
  }
}
